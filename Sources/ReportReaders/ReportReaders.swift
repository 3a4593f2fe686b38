// ReportReaders
