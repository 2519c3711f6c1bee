/// The follow-up questions Tillit ships with, written for it from the source documents: strengths
/// first, dig deeper ("borra djupare"), anchor in results, look forward and prevent. The two
/// standing questions of the documents are always there.
public enum DefaultPrompts {
    /// The facilitator speaks to the school: every question says "ni" ("you"). Each section's
    /// questions come in the order they suit it best; the two standing questions of the documents
    /// open the sections they belong to (succeeding: the strengths; preventing: the way forward)
    /// and are also offered under a note of the kind they dig into, in any section.
    public static let bank = PromptBank(prompts: [
        // Strengths and success factors.
        Prompt(
            id: "standing-success", section: .strengths, forKinds: [.strength, .result],
            sv: "Vad är det som gör att ni lyckas bra?", en: "What is it that makes you succeed?"),
        Prompt(
            id: "strength-evidence", section: .strengths, forKinds: [.strength],
            sv: "Vad visar att det fungerar – vilka belägg har ni?",
            en: "What shows that it works – what is your evidence?"),
        Prompt(
            id: "strength-spread", section: .strengths, forKinds: [.strength],
            sv: "Hur kan styrkan spridas till fler klasser eller skolor?",
            en: "How could this strength spread to more classes or schools?"),
        Prompt(
            id: "strength-pupils", section: .strengths,
            sv: "Hur märker eleverna av det?", en: "How do the pupils notice it?"),
        Prompt(
            id: "strength-who", section: .strengths,
            sv: "Vilka har bidragit till att det blivit så?", en: "Who has helped make it so?"),
        // Results and follow-up: anchored in the results.
        Prompt(
            id: "result-action", section: .results, forKinds: [.result],
            sv: "Vilka resultat har ni sett, och vad gör ni åt dem?",
            en: "What results have you seen, and what are you doing about them?"),
        Prompt(
            id: "result-trend", section: .results, forKinds: [.result],
            sv: "Är det en trend eller en tillfällig variation?", en: "Is it a trend or a passing variation?"),
        Prompt(
            id: "result-groups", section: .results,
            sv: "Hur ser resultaten ut för olika elevgrupper?",
            en: "How do the results look for different groups of pupils?"),
        Prompt(
            id: "result-voices", section: .results,
            sv: "Vad säger eleverna själva?", en: "What do the pupils themselves say?"),
        // Analysis: dig deeper each time.
        Prompt(
            id: "analysis-right-wrong", section: .analysis,
            sv: "Vad gör ni rätt, och vad gör ni fel?", en: "What are you doing right, and what are you doing wrong?"),
        Prompt(
            id: "analysis-causes", section: .analysis, forKinds: [.observation, .result, .challenge],
            sv: "Vad beror det på – vilka orsaker ser ni?", en: "What is it due to – what causes do you see?"),
        Prompt(
            id: "analysis-evidence", section: .analysis, forKinds: [.observation, .answer],
            sv: "Hur vet ni att det är just det som är orsaken?", en: "How do you know that this is the cause?"),
        Prompt(
            id: "analysis-patterns", section: .analysis,
            sv: "Finns det mönster som liknar andra skolors?", en: "Are there patterns you share with other schools?"),
        // Development needs.
        Prompt(
            id: "needs-first", section: .needs,
            sv: "Vilket behov är viktigast att börja med?", en: "Which need matters most to start with?"),
        Prompt(
            id: "needs-nothing", section: .needs, forKinds: [.challenge],
            sv: "Vad händer om ni inte gör något?", en: "What happens if nothing is done?"),
        Prompt(
            id: "needs-support", section: .needs,
            sv: "Vilket stöd behöver ni från förvaltningen?", en: "What support do you need from the administration?"),
        // The way forward: actions and preventive work.
        Prompt(
            id: "standing-prevent", section: .forward, forKinds: [.challenge, .decision],
            sv: "Hur kan ni arbeta förebyggande?", en: "How can you work preventively?"),
        Prompt(
            id: "forward-first-step", section: .forward, forKinds: [.decision, .challenge],
            sv: "Vad är det första konkreta steget?", en: "What is the first concrete step?"),
        Prompt(
            id: "forward-who", section: .forward, forKinds: [.decision],
            sv: "Vem behöver vara med?", en: "Who needs to be involved?"),
        Prompt(
            id: "forward-follow", section: .forward, forKinds: [.decision],
            sv: "När och hur följer ni upp det?", en: "When and how will you follow it up?"),
        Prompt(
            id: "forward-effect", section: .forward,
            sv: "Hur vet ni att åtgärden har gett effekt?", en: "How will you know that the action has worked?"),
        // Feedback up the chain.
        Prompt(
            id: "feedback-up", section: .feedback,
            sv: "Vad ska lyftas till områdes- eller huvudmannanivå?",
            en: "What should go up to the area or the organisation?"),
        Prompt(
            id: "feedback-common", section: .feedback,
            sv: "Finns det något som är gemensamt för hela kommunen?",
            en: "Is there something common to the whole municipality?"),
        Prompt(
            id: "feedback-administration", section: .feedback,
            sv: "Vad behöver förvaltningen göra annorlunda?", en: "What does the administration need to do differently?"
        ),
    ])
}
