import BeaconCore
import BeaconContent

extension StatsCollection {
    /// Reads and checks every `content/stats/*.yaml`; throws one `BuildFailure` listing every problem.
    public static func load(sources: [SourceText], config: SiteConfig) throws -> StatsCollection {
        let problems = DiagnosticCollector()
        var periods: [StatsPeriod] = []
        for source in sources.sorted(by: { $0.path < $1.path }) {
            guard let period = StatsPeriod.parse(source, name: baseName(source.path), config: config, problems: problems) else { continue }
            if let same = periods.first(where: { $0.name == period.name }) {
                problems.add(.error(period.file, "Two stats files are named `\(period.name)`: this one and \(same.file); both would be published at /stats/\(period.name)/.",
                                    hint: "Rename one of them, or merge them into one file."))
                continue
            }
            if let same = periods.first(where: { $0.start == period.start && $0.end == period.end }) {
                problems.add(.error(period.file, "This file is for the same period (\(period.start) to \(period.end)) as \(same.file).",
                                    hint: "Keep one file per period: merge the figures into \(same.file) and delete this one, or correct the dates."))
                continue
            }
            periods.append(period)
        }
        crossCheck(periods, problems: problems)
        try problems.throwIfErrors()
        var collection = StatsCollection(periods: periods, fraudTypes: config.fraudTypes)
        collection.warnings = problems.warnings
        return collection
    }

    /// `content/stats/2021-10.yaml` → `2021-10`.
    static func baseName(_ path: String) -> String {
        var name = path.split(separator: "/").last.map(String.init) ?? path
        for ext in [".yaml", ".yml"] where name.hasSuffix(ext) { name.removeLast(ext.count) }
        return name
    }
}
