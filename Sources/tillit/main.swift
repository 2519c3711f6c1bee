import TillitCLI

TillitCommand.runMain()
