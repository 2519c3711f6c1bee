/// The measures a new store starts with: Skolverket's grade statistics for year 9, the pupil
/// survey's safety and calm, and attendance. Edit `figures.json` (or import) to add others.
public enum DefaultMeasures {
    public static let all = [
        Measure(
            id: "meritvarde-ak9", sv: "Meritvärde åk 9", en: "Merit rating, year 9", unit: "", decimals: 1,
            source: "Skolverket"),
        Measure(
            id: "behoriga-gymnasiet", sv: "Behöriga till gymnasiet", en: "Eligible for upper secondary",
            unit: "%", decimals: 1, source: "Skolverket"),
        Measure(
            id: "godkant-alla-amnen", sv: "Godkänt i alla ämnen", en: "Passed in all subjects", unit: "%",
            decimals: 1, source: "Skolverket"),
        Measure(id: "trygghet", sv: "Trygghet", en: "Feeling safe", unit: "%", decimals: 0, source: "Elevenkäten"),
        Measure(id: "studiero", sv: "Studiero", en: "Calm to study", unit: "%", decimals: 0, source: "Elevenkäten"),
        Measure(id: "narvaro", sv: "Närvaro", en: "Attendance", unit: "%", decimals: 1, source: "Närvarosystemet"),
    ]
}
