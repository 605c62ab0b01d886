import ArgumentParser

extension Casekit {
    struct Completions: ParsableCommand {
        enum Shell: String, CaseIterable, ExpressibleByArgument {
            case bash, zsh, fish

            var completionShell: CompletionShell {
                switch self {
                case .bash: return .bash
                case .zsh: return .zsh
                case .fish: return .fish
                }
            }
        }

        static let configuration = CommandConfiguration(
            abstract: "Print the shell completion script.",
            discussion: """
                Install for your user (each line works from any shell):
                  mkdir -p ~/.local/share/bash-completion/completions
                  casekit completions bash > ~/.local/share/bash-completion/completions/casekit
                  mkdir -p ~/.zfunc && casekit completions zsh > ~/.zfunc/_casekit
                  mkdir -p ~/.config/fish/completions
                  casekit completions fish > ~/.config/fish/completions/casekit.fish
                zsh reads ~/.zfunc once ~/.zshrc has fpath=(~/.zfunc $fpath) before compinit.
                """)

        @Argument(help: "The shell to complete in.")
        var shell: Shell

        func run() throws {
            print(Casekit.completionScript(for: shell.completionShell))
        }
    }
}
