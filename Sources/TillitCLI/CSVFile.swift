import Foundation
import TillitDomain
import TillitStore

/// A CSV file read for an import: its text (UTF-8, with or without BOM, or Windows-1252), the
/// separator it uses and its records; a file that cannot be read or parsed is a clear error.
enum CSVFile {
    static func read(_ file: String, _ ctx: CLIContext) throws -> (CSVText, Character, [CSVParser.Record]) {
        let t = ctx.t
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.contents(of: file)
        } catch let e as FileError {
            throw ctx.fail(t(.importCannotRead, ["file": file, "reason": e.systemMessage]))
        }
        let text = CSVText(bytes: bytes)
        let separator = CSVParser.detectSeparator(text.text)
        do {
            return (text, separator, try CSVParser.parse(text.text, separator: separator))
        } catch {
            throw ctx.fail(
                t(.importRowError, ["file": file, "line": String(error.line), "message": t(.importUnclosedQuote)]))
        }
    }
}
