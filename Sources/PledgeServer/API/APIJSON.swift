import PledgeCore
import PledgeOutput

/// The JSON of `/api/v1`, written straight to text: keys sorted, absent values `null`, never missing,
/// shares as fractions. `OpenAPIDocument` describes every shape here; a test holds the two together.
enum APIJSON {
    static func force(_ force: Force, _ w: inout JSONWriter) {
        w.object { w in
            w.key("id"); w.string(force.id)
            w.key("name"); w.string(force.name)
        }
    }

    static func neighbourhoodSummary(_ profile: NeighbourhoodProfile, _ w: inout JSONWriter) {
        w.object { w in
            w.key("area_type"); w.string(profile.urban ? "urban" : "rural")
            w.key("force"); w.string(profile.forceID)
            w.key("id"); w.string(profile.id)
            w.key("lpu"); w.string(profile.unit)
            w.key("name"); w.string(profile.name)
            w.key("url"); w.string(SiteLayout.neighbourhoodPath(profile.forceID, profile.id))
        }
    }

    /// A figure: its definition, counts, value, interval and target. With `disclosure` (a figure of an area
    /// below the force) it also says whether it is withheld, and why: a withheld figure's counts, value,
    /// interval and small-sample flag are null.
    static func indicator(
        _ result: IndicatorResult, disclosure: Disclosure? = nil, _ w: inout JSONWriter, extra: ((inout JSONWriter) -> Void)? = nil
    ) {
        let withheld = disclosure?.reason(result)
        let shown = withheld == nil ? result : nil
        w.object { w in
            w.key("denominator"); w.number(shown?.denominator)
            extra?(&w)
            w.key("id"); w.string(result.indicator.id)
            w.key("interval_lower"); w.number(shown?.interval?.lower)
            w.key("interval_upper"); w.number(shown?.interval?.upper)
            // Why there is no value when the period holds no records of the indicator's kind.
            w.key("no_records"); w.string(result.noRecords)
            w.key("numerator"); w.number(shown?.numerator)
            w.key("promise"); w.int(result.indicator.promise)
            if disclosure != nil { w.key("reason"); w.string(withheld?.text) }
            w.key("small_sample"); w.bool(shown?.smallSample)
            if disclosure != nil { w.key("suppressed"); w.bool(withheld != nil) }
            w.key("target"); w.number(result.target)
            w.key("title"); w.string(result.indicator.title)
            w.key("unit"); w.string(result.measure.unit)
            w.key("value"); w.number(shown?.value)
        }
    }

    static func engagement(_ engagement: Engagement, zone: ZoneRules, _ w: inout JSONWriter) {
        w.object { w in
            w.key("address"); w.string(engagement.address)
            w.key("ends_at"); w.string(engagement.endsAt.map(zone.localText))
            w.key("id"); w.string(engagement.id)
            w.key("kind"); w.string(engagement.kind)
            w.key("starts_at"); w.string(zone.localText(engagement.startsAt))
            w.key("title"); w.string(engagement.title)
        }
    }

    static func neighbourhood(_ page: NeighbourhoodFigures, _ w: inout JSONWriter) {
        let detail = page.detail, profile = detail.profile, zone = page.zone
        let today = zone.localDate(of: page.now)
        w.object { w in
            w.key("address"); w.string(profile.address)
            w.key("area_type"); w.string(profile.urban ? "urban" : "rural")
            w.key("base"); w.string(profile.base)
            w.key("centre")
            if let centre = profile.centre {
                w.object { w in
                    w.key("latitude"); w.number(centre.latitude)
                    w.key("longitude"); w.number(centre.longitude)
                }
            } else {
                w.string(nil)
            }
            w.key("crime_month"); w.string(page.crimes?.month.description)
            w.key("description"); w.string(profile.description)
            w.key("email"); w.string(profile.email)
            w.key("figures")
            w.object { w in
                let forceValues = Dictionary(page.force.map { ($0.indicator.id, $0) }, uniquingKeysWith: { first, _ in first })
                w.key("indicators")
                w.array(page.local) { w, result in
                    indicator(result, disclosure: page.disclosure, &w) { w in
                        w.key("force_value"); w.number(forceValues[result.indicator.id]?.value)
                    }
                }
                w.key("period"); w.string(page.period)
            }
            w.key("force"); w.string(profile.forceID)
            w.key("id"); w.string(profile.id)
            w.key("latest_update")
            if let update = detail.latestUpdate(on: today) {
                w.object { w in
                    w.key("channel"); w.string(update.channel)
                    w.key("has_crime_map"); w.bool(update.hasCrimeMap)
                    w.key("has_force_performance"); w.bool(update.hasForcePerformance)
                    w.key("has_justice_outcomes"); w.bool(update.hasJusticeOutcomes)
                    w.key("has_partner_action"); w.bool(update.hasPartnerAction)
                    w.key("month"); w.string(update.month.description)
                    w.key("published_on"); w.string(update.publishedOn.description)
                }
            } else {
                w.string(nil)
            }
            w.key("lpu"); w.string(profile.unit)
            w.key("name"); w.string(profile.name)
            w.key("phone"); w.string(profile.phone)
            w.key("population"); w.int(profile.population)
            w.key("postcode"); w.string(profile.postcode)
            w.key("priorities")
            w.array(detail.currentPriorities(on: today)) { w, priority in
                w.object { w in
                    w.key("action"); w.string(priority.action)
                    w.key("action_on"); w.string(priority.actionOn?.description)
                    w.key("agreed_on"); w.string(priority.agreedOn?.description)
                    w.key("id"); w.string(priority.id)
                    w.key("issue"); w.string(priority.issue)
                }
            }
            w.key("recent_engagements")
            w.array(detail.recent(before: page.now)) { w, item in engagement(item, zone: zone, &w) }
            w.key("team")
            w.array(detail.publishedTeam(on: today)) { w, member in
                w.object { w in
                    w.key("bio"); w.string(member.bio)
                    w.key("months_in_post"); w.int(member.monthsInPost(on: today))
                    w.key("name"); w.string(member.name)
                    w.key("rank"); w.string(member.rank)
                    w.key("started_on"); w.string(member.startedOn.description)
                }
            }
            w.key("upcoming_engagements")
            w.array(detail.upcoming(after: page.now)) { w, item in engagement(item, zone: zone, &w) }
        }
    }

    static func counts(_ counts: [CrimeSummary.CategoryCount], _ w: inout JSONWriter) {
        w.array(counts) { w, count in
            w.object { w in
                w.key("category"); w.string(count.category)
                w.key("count"); w.int(count.count)
            }
        }
    }

    static func crimes(_ summary: CrimeSummary, months: [YearMonth], _ w: inout JSONWriter) {
        w.object { w in
            w.key("categories"); counts(summary.categories, &w)
            w.key("month"); w.string(summary.month.description)
            w.key("months"); w.array(months) { w, month in w.string(month.description) }
            w.key("places")
            w.array(summary.points) { w, point in
                w.object { w in
                    w.key("categories"); counts(point.categories, &w)
                    w.key("latitude"); w.number(point.point.latitude)
                    w.key("location"); w.string(point.location)
                    w.key("longitude"); w.number(point.point.longitude)
                    w.key("total"); w.int(point.total)
                }
            }
            w.key("total"); w.int(summary.total)
        }
    }

    /// A funnel plot's shown points, and the areas withheld from it (`PromiseFigures.Funnel`).
    static func funnel(_ published: PromiseFigures.Funnel?, _ w: inout JSONWriter) {
        funnel(published?.plot, withheld: published?.withheld ?? [], &w)
    }

    static func funnel(_ funnel: FunnelPlot?, withheld: [PromiseFigures.Funnel.Withheld] = [], _ w: inout JSONWriter) {
        guard let funnel else { return w.string(nil) }
        w.object { w in
            w.key("centre"); w.number(funnel.national)
            w.key("indicator"); w.string(funnel.indicator.id)
            w.key("points")
            w.array(funnel.points) { w, point in
                w.object { w in
                    w.key("area"); w.string(point.forceID)
                    w.key("denominator"); w.number(point.denominator)
                    w.key("lower_95"); w.number(point.limits95.lower)
                    w.key("lower_998"); w.number(point.limits998.lower)
                    w.key("name"); w.string(point.forceName)
                    w.key("numerator"); w.number(point.numerator)
                    w.key("position"); w.string(point.position.rawValue)
                    w.key("upper_95"); w.number(point.limits95.upper)
                    w.key("upper_998"); w.number(point.limits998.upper)
                    w.key("value"); w.number(point.value)
                }
            }
            w.key("withheld")
            w.array(withheld) { w, area in
                w.object { w in
                    w.key("area"); w.string(area.area)
                    w.key("name"); w.string(area.name)
                    w.key("reason"); w.string(area.reason.text)
                }
            }
        }
    }

    static func promise(_ figures: PromiseFigures, card: ReportCard, _ w: inout JSONWriter) {
        let grading = figures.card.grading
        w.object { w in
            w.key("computed_grade"); w.string(grading.computed?.label)
            w.key("explanation"); w.string(grading.explanation)
            w.key("findings")
            w.array(figures.card.findings) { w, finding in
                w.object { w in
                    w.key("kind"); w.string(finding.kind.rawValue)
                    w.key("origin"); w.string(finding.origin.rawValue)
                    w.key("text"); w.string(finding.text)
                }
            }
            w.key("force"); force(ForceCatalogue.force(id: card.forceID)!, &w)
            w.key("grade"); w.string(grading.published?.label)
            w.key("indicators")
            w.array(figures.figures) { w, figure in
                indicator(figure.force, &w) { w in
                    w.key("centre"); w.number(figure.force.centre)
                    w.key("funnels")
                    w.object { w in
                        w.key("lpus"); funnel(figure.units, &w)
                        w.key("neighbourhoods"); funnel(figure.neighbourhoods, &w)
                    }
                    w.key("grade"); w.string(figure.grade?.label)
                }
            }
            w.key("period"); w.string(card.window.period.label)
            w.key("promise"); w.int(figures.promise)
            w.key("series")
            w.array(figures.figures) { w, figure in
                w.object { w in
                    w.key("indicator"); w.string(figure.force.indicator.id)
                    w.key("months")
                    w.array(figure.force.series) { w, point in
                        w.object { w in
                            w.key("denominator"); w.number(point.denominator)
                            w.key("lower"); w.number(point.lower)
                            w.key("month"); w.string(point.month.description)
                            w.key("numerator"); w.number(point.numerator)
                            w.key("signals"); w.array(point.signals.map(\.rawValue).sorted()) { w, signal in w.string(signal) }
                            w.key("upper"); w.number(point.upper)
                            w.key("value"); w.number(point.value)
                        }
                    }
                }
            }
            w.key("wording"); w.string(figures.card.wording)
        }
    }

    static func national(_ picture: NationalPicture, period: String, _ w: inout JSONWriter) {
        w.object { w in
            w.key("forces")
            w.array(picture.cards) { w, card in
                w.object { w in
                    w.key("grade"); w.string(card.grading.grade?.label)
                    w.key("id"); w.string(card.forceID)
                    w.key("name"); w.string(card.forceName)
                    w.key("promises")
                    w.array(card.promises) { w, promise in
                        w.object { w in
                            w.key("grade"); w.string(promise.grading.published?.label)
                            w.key("promise"); w.int(promise.promise)
                        }
                    }
                }
            }
            w.key("funnels"); w.array(picture.funnels) { w, plot in funnel(plot, &w) }
            w.key("period"); w.string(period)
        }
    }

    static func pledge(_ w: inout JSONWriter) {
        w.object { w in
            w.key("grades")
            w.array(Grade.allCases.reversed()) { w, grade in
                w.object { w in
                    w.key("grade"); w.string(grade.label)
                    w.key("meaning"); w.string(grade.meaning)
                }
            }
            w.key("promises")
            w.array(1...10) { w, promise in
                w.object { w in
                    w.key("indicators")
                    w.array(IndicatorCatalogue.all.filter { $0.promise == promise }) { w, indicator in
                        w.object { w in
                            w.key("id"); w.string(indicator.id)
                            w.key("target"); w.number(indicator.defaultTarget)
                            w.key("title"); w.string(indicator.title)
                            w.key("weight"); w.int(indicator.weight)
                        }
                    }
                    w.key("promise"); w.int(promise)
                    w.key("wording"); w.string(PledgeWording.promise(promise))
                }
            }
        }
    }
}
