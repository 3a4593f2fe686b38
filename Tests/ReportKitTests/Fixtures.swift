import Foundation

/// Short invented reports shared by the ReportKit tests.
enum Fixtures {
    /// A report with a headline, a dateline with a date, and a quotation cued by "he said".
    static let report = """
        Harbour Council Approves New Sea Wall

        PORTVALE, 12 March 2024 - The Portvale Harbour Council voted on Tuesday to build a new sea wall along the north quay.

        "The wall will protect the fishing fleet for fifty years," he said after the vote.

        Work is expected to begin in June 2024.
        """

    /// Another report, for batches.
    static let secondReport = """
        Ferry Service Resumes After Storm

        The ferry between Portvale and Skerry Island sailed again on 3 April 2024.

        "Passengers have been patient," said Mara Lind, the ferry company's manager.
        """

    /// A third report, for batches.
    static let thirdReport = """
        Lighthouse Keeper Retires

        After forty years, the keeper of the Skerry Point light retired on 1 May 2024.
        """

    /// Bytes that no reader takes as text.
    static let binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0xFF]
}
