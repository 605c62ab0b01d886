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
                Examples:
                  casekit completions bash > ~/.local/share/bash-completion/completions/casekit
                  casekit completions zsh > ~/.zfunc/_casekit
                  casekit completions fish > ~/.config/fish/completions/casekit.fish
                """)

        @Argument(help: "The shell to complete in.")
        var shell: Shell

        func run() throws {
            print(Casekit.completionScript(for: shell.completionShell))
        }
    }
}
