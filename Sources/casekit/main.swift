import CaseKitCLI

Casekit.runMain()
