package cz.css.ledger.export;

import cz.css.ledger.query.api.MayorStatisticsView;
import cz.css.ledger.query.api.MayorStatisticsView.CountFigure;
import cz.css.ledger.query.api.MayorStatisticsView.DecimalFigure;
import cz.css.ledger.query.api.MayorStatisticsView.DurationFigures;
import cz.css.ledger.query.api.MayorStatisticsView.GroupFigure;
import cz.css.ledger.query.api.RequestLifecycleView;
import cz.css.ledger.query.api.StatisticsPeriod;
import cz.css.ledger.query.api.TrendsView;
import java.util.List;

/** The exported tables: column heads in Czech, figure keys as in the GraphQL schema and docs/statistics.md. */
final class CsvTables {
    private CsvTables() {
    }

    static Csv requests(List<RequestLifecycleView> rows) {
        var csv = new Csv().row("Evidenční číslo", "Obec", "Agenda", "Druh", "Kanál", "Stav", "Přijato",
                "Vyřídil", "Vyřízeno", "Předáno obci", "Obec odpověděla", "Starosta informován",
                "Občan vyrozuměn", "Uzavřeno", "Výsledek", "Dotazník nabídnut", "Dotazník vyplněn");
        for (var r : rows) {
            csv.row(r.registrationNumber(), r.municipalityCode(), r.agendaCode(), r.kind(), r.channel(), r.status(),
                    r.receivedAt(), r.resolver(), r.resolvedAt(), r.routedAt(), r.routingEndedAt(),
                    r.mayorInformedAt(), r.citizenNotifiedAt(), r.closedAt(), r.closeOutcome(), r.surveyOfferedAt(),
                    r.surveyAnsweredAt());
        }
        return csv;
    }

    static Csv mayorStatistics(MayorStatisticsView v) {
        var csv = new Csv().row("Klíč", "Ukazatel", "Skupina", "Období " + days(v.period()),
                "Předchozí období " + days(v.previousPeriod()), "Změna", "Poznámka");
        count(csv, "received", "Přijaté podněty", v.received());
        groups(csv, "byStatus", "Přijaté podněty podle stavu", v.byStatus());
        groups(csv, "byAgenda", "Přijaté podněty podle agendy", v.byAgenda());
        groups(csv, "byKind", "Přijaté podněty podle druhu", v.byKind());
        groups(csv, "byChannel", "Přijaté podněty podle kanálu", v.byChannel());
        count(csv, "resolvedByCss", "Vyřídilo CSS", v.resolvedByCss());
        count(csv, "routedToMunicipality", "Předáno obci", v.routedToMunicipality());
        count(csv, "mayorNotInformed", "Vyřízeno CSS, starosta dosud neinformován", v.mayorNotInformed());
        count(csv, "waitingOnMunicipality", "Čeká na obec", v.waitingOnMunicipality());
        groups(csv, "waitingByAge", "Čeká na obec podle stáří (dny)", v.waitingByAge());
        durations(csv, "timeToResolution", "Doba do vyřízení", v.timeToResolution());
        durations(csv, "timeToInformMayor", "Doba do informování starosty", v.timeToInformMayor());
        var s = v.satisfaction();
        count(csv, "satisfaction.offered", "Nabídnuté dotazníky spokojenosti", s.offered());
        count(csv, "satisfaction.responses", "Odpovědi", s.responses());
        decimal(csv, "satisfaction.responseRate", "Míra odpovědí (podíl)", s.responseRate(), "");
        String withheld = withheldNote(s.withheld(), s.previousWithheld(), s.minimumAnswers());
        decimal(csv, "satisfaction.averageScore", "Průměrná spokojenost (1–5)", s.averageScore(), withheld);
        decimal(csv, "satisfaction.resolvedShare", "Podíl odpovědí „vyřešeno“", s.resolvedShare(), withheld);
        return csv;
    }

    static Csv notInformed(MayorStatisticsView v) {
        var csv = new Csv().row("Evidenční číslo", "Agenda", "Vyřízeno CSS", "Stáří (dny) k " + Csv.cell(v.asOf()));
        v.notInformed().forEach(r -> csv.row(r.registrationNumber(), r.agendaCode(), r.resolvedAt(), r.ageDays()));
        return csv;
    }

    static Csv trends(TrendsView v) {
        var csv = new Csv().row("Období", "Od", "Do", "Nabídnuté dotazníky", "Odpovědi", "Míra odpovědí",
                "Průměrná spokojenost (1–5)", "Podíl „vyřešeno“", "Poznámka", "Vyřízené podněty",
                "Doba vyřízení – medián (h)", "Doba vyřízení – 90. percentil (h)");
        for (var p : v.points()) {
            csv.row(p.label(), p.start(), p.end(), p.surveysOffered(), p.responses(), p.responseRate(),
                    p.averageScore(), p.resolvedShare(),
                    p.averageWithheld() ? "skryto: méně než " + v.minimumAnswers() + " odpovědí" : "",
                    p.resolved(), p.medianResolutionHours(), p.p90ResolutionHours());
        }
        return csv;
    }

    private static void count(Csv csv, String key, String label, CountFigure f) {
        csv.row(key, label, "", f.current(), f.previous(), f.change(), "");
    }

    private static void groups(Csv csv, String key, String label, List<GroupFigure> groups) {
        groups.forEach(g -> csv.row(key, label, g.key(), g.current(), g.previous(), g.change(), ""));
    }

    private static void durations(Csv csv, String key, String label, DurationFigures d) {
        count(csv, key + ".count", label + " – počet", d.count());
        decimal(csv, key + ".medianHours", label + " – medián (h)", d.medianHours(), "");
        decimal(csv, key + ".p90Hours", label + " – 90. percentil (h)", d.p90Hours(), "");
    }

    private static void decimal(Csv csv, String key, String label, DecimalFigure f, String note) {
        csv.row(key, label, "", f.current(), f.previous(), f.change(), note);
    }

    private static String withheldNote(boolean current, boolean previous, int minimum) {
        if (!current && !previous) {
            return "";
        }
        String which = current && previous ? "v obou obdobích" : current ? "v období" : "v předchozím období";
        return "skryto " + which + ": méně než " + minimum + " odpovědí";
    }

    private static String days(StatisticsPeriod period) {
        return Csv.cell(period.from()) + "–" + Csv.cell(period.to());
    }
}
