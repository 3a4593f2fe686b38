// ReportWriters
