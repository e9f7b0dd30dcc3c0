import PledgeCore

extension IndicatorReport {
    /// The report with the indicators of one area only.
    func keeping(area: String) -> IndicatorReport {
        IndicatorReport(
            force: force, period: period, indicators: indicators.filter { $0.area == area }, homeOffice999: homeOffice999, times: times,
            complaintsByPromise: complaintsByPromise, respectGap: respectGap.filter { $0.area == area }, narrative: narrative)
    }
}
