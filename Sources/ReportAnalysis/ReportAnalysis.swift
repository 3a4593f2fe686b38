// ReportAnalysis
