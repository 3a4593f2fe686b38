// ReportValidation
