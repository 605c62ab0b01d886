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
            commandName: "completions",
            abstract: "Print the shell completion script.",
            discussion: """
                To install for your user, run the lines of your shell (each works from any \
                shell). zsh reads ~/.zfunc once ~/.zshrc has fpath=(~/.zfunc $fpath) before \
                compinit.

                Examples:
                  mkdir -p ~/.local/share/bash-completion/completions
                  casekit completions bash > ~/.local/share/bash-completion/completions/casekit
                  mkdir -p ~/.zfunc && casekit completions zsh > ~/.zfunc/_casekit
                  mkdir -p ~/.config/fish/completions
                  casekit completions fish > ~/.config/fish/completions/casekit.fish
                """)

        @Argument(help: "The shell to complete in.")
        var shell: Shell

        func run() throws {
            print(Casekit.completionScript(for: shell.completionShell))
        }
    }
}
