/// The follow-up questions Tillit ships with, written for it from the source documents: strengths
/// first, dig deeper ("borra djupare"), anchor in results, look forward and prevent. The two
/// standing questions of the documents are always there.
public enum DefaultPrompts {
    public static let bank = PromptBank(prompts: [
        // Standing questions, any section.
        Prompt(
            id: "standing-success", section: nil, forKinds: [.strength, .result],
            sv: "Vad är det som gör att vi lyckas bra?", en: "What is it that makes us succeed?"),
        Prompt(
            id: "standing-prevent", section: nil, forKinds: [.challenge],
            sv: "Hur kan vi arbeta förebyggande?", en: "How can we work preventively?"),
        // Strengths and success factors.
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
        // Results and follow-up.
        Prompt(
            id: "result-trend", section: .results, forKinds: [.result],
            sv: "Är det en trend eller en tillfällig variation?", en: "Is it a trend or a passing variation?"),
        Prompt(
            id: "result-action", section: .results, forKinds: [.result],
            sv: "Vilka resultat har ni sett, och vad gör ni åt dem?",
            en: "What results have you seen, and what are you doing about them?"),
        Prompt(
            id: "result-groups", section: .results,
            sv: "Hur ser resultaten ut för olika elevgrupper?",
            en: "How do the results look for different groups of pupils?"),
        Prompt(
            id: "result-voices", section: .results,
            sv: "Vad säger eleverna själva?", en: "What do the pupils themselves say?"),
        // Analysis.
        Prompt(
            id: "analysis-causes", section: .analysis, forKinds: [.observation, .result, .challenge],
            sv: "Vad beror det på – vilka orsaker ser ni?", en: "What is it due to – what causes do you see?"),
        Prompt(
            id: "analysis-right-wrong", section: .analysis,
            sv: "Vad gör vi rätt, och vad gör vi fel?", en: "What are we doing right, and what are we doing wrong?"),
        Prompt(
            id: "analysis-evidence", section: .analysis, forKinds: [.observation, .answer],
            sv: "Hur vet ni att det är just det som är orsaken?", en: "How do you know that this is the cause?"),
        Prompt(
            id: "analysis-patterns", section: .analysis,
            sv: "Finns det mönster som liknar andra skolors?", en: "Are there patterns you share with other schools?"),
        // Development needs.
        Prompt(
            id: "needs-nothing", section: .needs, forKinds: [.challenge],
            sv: "Vad händer om ni inte gör något?", en: "What happens if nothing is done?"),
        Prompt(
            id: "needs-first", section: .needs,
            sv: "Vilket behov är viktigast att börja med?", en: "Which need matters most to start with?"),
        Prompt(
            id: "needs-support", section: .needs,
            sv: "Vilket stöd behöver ni från förvaltningen?", en: "What support do you need from the administration?"),
        // The way forward.
        Prompt(
            id: "forward-first-step", section: .forward, forKinds: [.decision, .challenge],
            sv: "Vad är det första konkreta steget?", en: "What is the first concrete step?"),
        Prompt(
            id: "forward-who", section: .forward, forKinds: [.decision],
            sv: "Vem behöver vara med?", en: "Who needs to be involved?"),
        Prompt(
            id: "forward-follow", section: .forward, forKinds: [.decision],
            sv: "När och hur följer vi upp det?", en: "When and how do we follow it up?"),
        Prompt(
            id: "forward-effect", section: .forward,
            sv: "Hur vet vi att åtgärden har gett effekt?", en: "How will we know that the action has worked?"),
        // Feedback up the chain.
        Prompt(
            id: "feedback-up", section: .feedback,
            sv: "Vad ska lyftas till områdes- eller huvudmannanivå?",
            en: "What should go up to the area or the organisation?"),
        Prompt(
            id: "feedback-common", section: .feedback,
            sv: "Finns det något som är gemensamt för staden?",
            en: "Is there something common to the whole municipality?"),
        Prompt(
            id: "feedback-administration", section: .feedback,
            sv: "Vad behöver förvaltningen göra annorlunda?", en: "What does the administration need to do differently?"
        ),
    ])
}
