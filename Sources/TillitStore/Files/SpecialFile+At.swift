import Foundation
import TillitDomain

extension SpecialFile {
    /// What is at `path`, without following a link; nil when nothing is.
    public static func at(_ path: String) -> SpecialFile? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return SpecialFile(mode: st.st_mode)
    }
}
