/// Quitting while changes wait for the disk: try again, write an emergency copy, or stay.
enum UnsavedQuitReducer {
    static func command(_ command: Command, _ state: inout AppState) -> [AppEffect]? {
        switch command {
        case .accept: return [.retryWrites]
        // The meeting clock stops first, so that the copy holds everything there is.
        case .emergencyCopy: return DialogueLifecycle.pauseClock(&state) + [.writeRescue]
        case .cancel:
            state.overlay = nil
            state.status = StatusMessage(state.t(.unsavedStay), kind: .warning)
            return []
        default: return nil
        }
    }
}
