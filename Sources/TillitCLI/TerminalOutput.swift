import Foundation
import TillitDomain

/// Everything the commands print goes through here (this `print` hides Swift's own in this
/// module): a control character that reached the data from an older file or another program
/// (an ESC in a school name) is shown as its picture, never sent to the terminal.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator) + terminator
    Swift.print(ControlCharacters.escaped(text), terminator: "")
}

enum TerminalOutput {
    /// Writes bytes to standard output after what `print` buffered.
    static func write(_ data: Data) {
        fflush(nil)  // every stdio stream: what `print` buffered goes first
        FileHandle.standardOutput.write(data)
    }

    /// Writes a message to standard error, its control characters shown, not sent.
    static func error(_ text: String) {
        fflush(nil)  // every stdio stream: what `print` buffered goes first
        FileHandle.standardError.write(Data(ControlCharacters.escaped(text).utf8))
    }

    /// JSON for the terminal: the encoder escapes C0 controls; DEL and the C1 block are escaped
    /// here too, so no byte of the output can steer a terminal.
    static func json(_ data: Data) -> Data {
        guard data.contains(0x7F) || data.contains(0xC2) else { return data }
        var out = Data()
        out.reserveCapacity(data.count)
        var i = data.startIndex
        while i < data.endIndex {
            let b = data[i]
            if b == 0x7F {
                out.append(contentsOf: Array("\\u007f".utf8))
            } else if b == 0xC2, i + 1 < data.endIndex, (0x80...0x9F).contains(data[i + 1]) {
                out.append(contentsOf: Array(String(format: "\\u%04x", Int(data[i + 1])).utf8))
                i += 1
            } else {
                out.append(b)
            }
            i += 1
        }
        return out
    }
}
