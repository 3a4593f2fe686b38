// ReportXML
