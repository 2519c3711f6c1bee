import TillitCLI
TillitCommand.main()
