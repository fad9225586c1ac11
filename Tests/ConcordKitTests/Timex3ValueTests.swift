import XCTest
@testable import ConcordKit

final class Timex3ValueTests: XCTestCase {
    /// Every shape of value the tagger writes is read back to the same string.
    func testPadWritesZeroFilledFields() {
        // (two-digit fields take a short path; every width must agree with printf)
        for width in 1...4 {
            for v in -120...1200 {
                let expected = (v < 0 ? "-" : "") + String(format: "%0\(width)d", abs(v))
                XCTAssertEqual(pad(v, width), expected, "pad(\(v), \(width))")
            }
        }
    }

    func testRoundTrip() {
        let values = ["2026-01-16", "1991", "1996-12", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P1Y", "P20Y", "P3M",
                      "1997-W13", "1997-Q1", "1997-04-02T10:30", "1997-04-01TNI", "2026-01-16TMO", "194", "18", "2",
                      "BC1345", "BC0481-FA", "1997-W13-WE", "PXM", "PXY", "PXDE", "PXCE", "PXQ", "PXX", "PTXH", "PTXM",
                      "PT13.21S", "P1Y6M", "PT12M30S", "PT1H30M", "P1DT12H", "P4000Y", "XXXX-WXX-5", "XXXX-WXX-2TNI",
                      "XXXX-07", "XXXX", "XXXX-XX", "XXXX-XX-XX", "XXXX-WXX", "XXXX-QX", "XXXX-SU", "1996-06-30T24",
                      "2006-H1", "1996-WI", "1997-SP", "2026-01-16TXX", "2026-W03-5", "1997-04-01T10:30:15", "P0.5Y",
                      "2024-02-29"]
        for v in values {
            XCTAssertEqual(Timex3Value(v)?.description, v, v)
        }
    }

    /// Values that name no time that exists, or are not TIMEX3 at all, are refused.
    func testRejects() {
        for v in ["2026-02-29", "2026-13", "2026-00", "2026-Q5", "2026-W54", "2026-H3", "2026-01-32", "2026-01-16T25",
                  "2026-01-16T12:60", "2026-01-16TZZ", "P", "P3", "PT3Y", "XX", "2026-", "2026-01-", "FOO", "", "{year}",
                  "2026-01-16 ", "P1Y2", "12345678901-01"] {
            XCTAssertNil(Timex3Value(v), v)
        }
    }

    func testTypedParts() throws {
        let day = try XCTUnwrap(Timex3Value("2026-01-16TNI"))
        XCTAssertEqual(day.calendarDay, CalendarDate(year: 2026, month: 1, day: 16))
        XCTAssertFalse(day.isDay)
        XCTAssertEqual(day.calendar?.time, .part(.night))
        XCTAssertTrue(Timex3Value("2026-01-16")?.isDay ?? false)
        XCTAssertEqual(Timex3Value("2026-Q3")?.calendar?.part, .quarter(.known(3)))
        XCTAssertEqual(Timex3Value("2026-Q3")?.knownYear, 2026)
        XCTAssertNil(Timex3Value("BC0481-FA")?.knownYear)
        XCTAssertEqual(Timex3Value("BC0481-FA")?.calendar?.part, .season(.fall))
        XCTAssertEqual(Timex3Value("XXXX-WXX-5")?.calendar?.part, .weekDay(.unknown, 5))
        XCTAssertEqual(Timex3Value("194")?.calendar?.period, .decade(194))
        XCTAssertEqual(Timex3Value("P1Y6M"), .duration(DurationValue([.init(1, .year), .init(6, .month)])))
        XCTAssertEqual(Timex3Value("PT30M"), .duration(DurationValue([.init(30, .minute)])))
        XCTAssertEqual(Timex3Value("PXX"), .duration(DurationValue([.init(nil, .unknown)])))
        XCTAssertEqual(Timex3Value("FUTURE_REF"), .reference(.future))
    }

    func testBuilders() throws {
        let d = try XCTUnwrap(CalendarDate(year: 2026, month: 1, day: 16))
        XCTAssertEqual(Timex3Value.day(d).description, "2026-01-16")
        XCTAssertEqual(Timex3Value.day(d, at: .clock(hour: 9, minute: 5, second: nil)).description, "2026-01-16T09:05")
        XCTAssertEqual(Timex3Value.week(of: d).description, "2026-W03")
        XCTAssertEqual(Timex3Value.weekend(of: d).description, "2026-W03-WE")
        XCTAssertEqual(Timex3Value.month(2026, 3).description, "2026-03")
        XCTAssertEqual(Timex3Value.quarter(2025, 4).description, "2025-Q4")
        XCTAssertEqual(Timex3Value.season(1939, .winter).description, "1939-WI")
        XCTAssertEqual(Timex3Value.open(.weekDay(.unknown, 5), time: .part(.night)).description, "XXXX-WXX-5TNI")
        XCTAssertEqual(Timex3Value.calendar(CalendarValue(period: .decade(5))).description, "005")
    }

    /// Winter (`WI`) is a season, not a week: its label and its place on the timeline.
    func testWinterIsASeason() {
        // 1939-WI is the winter whose January and February are in 1939: from December 1938.
        XCTAssertEqual(TimeLabel.label("1939-WI"), "winter 1938\u{2013}39")
        XCTAssertEqual(TimeLabel.label("2000-WI"), "winter 1999\u{2013}2000")
        XCTAssertEqual(TimeLabel.label("BC0480-WI"), "winter 480 BC")
        XCTAssertEqual(TimeLabel.label("XXXX-WI"), "winter")
        XCTAssertEqual(TimePoint.parse("1939-WI")?.level, .season)
        XCTAssertEqual(TimePoint.parse("1939-WI")?.start, CalendarDate(year: 1938, month: 12, day: 1)?.ordinal)
        XCTAssertLessThan(TimePoint.parse("1939-WI")!.start, TimePoint.parse("1939-SP")!.start, "winter 1939 comes before spring 1939")
        XCTAssertEqual(TimeLabel.label("2026-W03"), "week 03 2026")
    }
}

/// A text with no date to count from keeps what each expression itself says.
final class UndatedValueTests: XCTestCase {
    func values(_ text: String) -> [String: String] {
        let s = Array(text.unicodeScalars)
        var out: [String: String] = [:]
        for t in TemporalTagger.shared.tag(scalars: s, published: nil, corpusAnchor: nil) {
            out[String(String.UnicodeScalarView(s[t.span.start..<t.span.end]))] = t.value
        }
        return out
    }

    func testOpenValuesKeepTheirParts() {
        let v = values("The previous April was dry. That night it rained. We fly at 2pm on Friday. "
                       + "Christmas came early. The morning of April 19 was cold. The following year they met. "
                       + "Monday nights are quiet. This weekend we rest.")
        XCTAssertEqual(v["The previous April"], "XXXX-04")
        XCTAssertEqual(v["That night"], "XXXX-XX-XXTNI")
        XCTAssertEqual(v["Christmas"], "XXXX-12-25")
        XCTAssertEqual(v["The morning of April 19"], "XXXX-04-19TMO")
        XCTAssertEqual(v["The following year"], "XXXX")
        XCTAssertEqual(v["Monday nights"], "XXXX-WXX-1TNI")
        XCTAssertEqual(v["This weekend"], "XXXX-WXX-WE")
        XCTAssertEqual(v["2pm"] ?? v["2pm on Friday"], v["2pm"] != nil ? "XXXX-XX-XXT14:00" : "XXXX-WXX-5T14:00")
    }
}

final class OpenValueLabelTests: XCTestCase {
    func testLabelsLeaveOutWhatIsNotKnown() {
        XCTAssertEqual(TimeLabel.label("XXXX-04"), "April")
        XCTAssertEqual(TimeLabel.label("XXXX-12-25"), "25 Dec")
        XCTAssertEqual(TimeLabel.label("XXXX-04-19TMO"), "19 Apr morning")
        XCTAssertEqual(TimeLabel.label("XXXX-SP"), "spring")
        XCTAssertEqual(TimeLabel.label("XXXX-WXX-WE"), "a weekend")
        XCTAssertEqual(TimeLabel.label("2026-WXX"), "a week in 2026")
        XCTAssertEqual(TimeLabel.label("XXXX-QX"), "a quarter")
        XCTAssertEqual(TimeLabel.label("2026-04"), "April 2026")
        XCTAssertEqual(TimeLabel.label("XXXX-XX-XX"), "XXXX-XX-XX")
    }
}

/// Dates before Christ: astronomical years (0 is 1 BC), written BC as TIMEX3 writes them.
final class BeforeChristTests: XCTestCase {
    func testDaysCountBackThroughYearOne() throws {
        let firstAD = try XCTUnwrap(CalendarDate(year: 1, month: 1, day: 1))
        let lastBC = try XCTUnwrap(CalendarDate(year: 0, month: 12, day: 31))
        XCTAssertEqual(firstAD.ordinal, 0)
        XCTAssertEqual(lastBC.ordinal, -1)
        XCTAssertEqual(firstAD.adding(days: -1), lastBC)
        XCTAssertEqual(lastBC.weekday % 7 + 1, firstAD.weekday, "weekdays run on across the eras")
        XCTAssertTrue(CalendarDate.isLeap(0), "1 BC is a leap year in the proleptic calendar")
        // Every 97th day from 1000 BC to AD 1000 reads back to itself.
        var ordinal = try XCTUnwrap(CalendarDate(year: -999, month: 1, day: 1)).ordinal
        while ordinal < 365_000 {
            let d = try XCTUnwrap(CalendarDate(ordinal: ordinal))
            XCTAssertEqual(d.ordinal, ordinal)
            ordinal += 97
        }
    }

    func testWrittenAsTIMEX3Writes() throws {
        let d = try XCTUnwrap(CalendarDate(year: -479, month: 8, day: 15))
        XCTAssertEqual(d.description, "BC0480-08-15")
        XCTAssertEqual(Timex3Value.day(d).description, "BC0480-08-15")
        XCTAssertEqual(Timex3Value.year(-479).description, "BC0480")
        XCTAssertEqual(Timex3Value.season(-479, .summer).description, "BC0480-SU")
        XCTAssertEqual(Timex3Value("BC0480-SU")?.astronomicalYear, -479)
        XCTAssertNil(Timex3Value("0000")?.astronomicalYear, "no year 0 in either era")
        XCTAssertNil(CalendarDate.parseISO("0000-01-01"), "a date of writing is of the common era")
    }

    /// A history of antiquity counts its relative expressions from its own years.
    func testAnAncientStoryCountsInItsYears() {
        // (one paragraph a sentence: the tagger is given no sentence spans here)
        let text = "Darius invaded in 490 BC.\n\nHe died in 486 BC.\n\nXerxes prepared from 484 BC.\n\n"
            + "In 480 BC the Persians crossed into Greece.\n\nThe following year they were defeated.\n\n"
            + "In the summer the fleet sailed; that same day the city fell."
        let s = Array(text.unicodeScalars)
        let found = TemporalTagger.shared.tag(scalars: s, published: CalendarDate(year: 2009, month: 12, day: 19), corpusAnchor: nil)
        let values = found.map { (String(String.UnicodeScalarView(s[$0.span.start..<$0.span.end])), $0.value) }
        XCTAssertEqual(values.first?.1, "BC0490")
        XCTAssertTrue(values.contains { $0 == ("The following year", "BC0479") }, "\(values)")
        XCTAssertTrue(values.contains { $0.0 == "the summer" && $0.1.hasPrefix("BC0479") }, "\(values)")
    }
}

/// Years before Christ on the timeline: placed before the common era, labelled as English writes them.
final class BeforeChristTimelineTests: XCTestCase {
    func testPlacedAndLabelled() throws {
        let bc480 = try XCTUnwrap(TimePoint.parse("BC0480"))
        let bc479 = try XCTUnwrap(TimePoint.parse("BC0479-SU"))
        let ad1 = try XCTUnwrap(TimePoint.parse("0001"))
        XCTAssertLessThan(bc480, bc479)
        XCTAssertLessThan(bc479, ad1)
        XCTAssertEqual(bc480.level, .year)
        XCTAssertEqual(CalendarDate(ordinal: bc480.start), CalendarDate(year: -479, month: 1, day: 1))
        XCTAssertEqual(TimeLabel.label("BC0480"), "480 BC")
        XCTAssertEqual(TimeLabel.label("BC0479-SU"), "summer 479 BC")
        XCTAssertEqual(TimeLabel.label("BC0480-08-15"), "15 Aug 480 BC")
        XCTAssertEqual(TimeLabel.label("BC048"), "480s BC")
        XCTAssertEqual(TimeLabel.label("BC04"), "5th century BC")
        XCTAssertNil(TimePoint.parse("BC048"), "decades before Christ stay undated")
        XCTAssertEqual(TimeLabel.year(-479), "480 BC")
        XCTAssertEqual(TimeLabel.year(2026), "2026")
    }
}
