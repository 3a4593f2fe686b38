import Foundation
import ReportKit
print(try debugConvert(CommandLine.arguments[1]))
