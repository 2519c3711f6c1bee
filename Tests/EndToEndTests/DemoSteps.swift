import TestSupport
import Testing

extension TmuxSession {
    /// In the demo store (in Swedish): opens Nytorpsskolan's planned dialogue, starts it, follows
    /// up last year's two open actions and opens the editor for a first note.
    func startNytorpsDialogue() {
        #expect(waitFor("Utbildningsområde Nordost"))
        keys("j", "j", "j", "j", "Enter")
        #expect(waitFor("planerad"))
        keys("Enter")
        #expect(waitFor("s startar dialogen"))
        keys("s")
        #expect(waitFor("Starta dialogen"))
        keys("Enter")
        // Last year's two open actions, followed up one at a time.
        #expect(waitFor("1 av 2"))
        keys("Enter")
        #expect(waitFor("2 av 2"))
        keys("Enter")
        #expect(waitFor("uppföljda"))
    }
}
