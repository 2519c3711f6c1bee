import TillitCLI
TillitCommand.runMain()
