package cz.css.ledger.demo;

import java.util.List;

/** Mikroregion Ivančicko: its member municipalities (official codes) and a plausible agenda list. */
final class IvancickoCatalogue {
    private IvancickoCatalogue() {
    }

    record Member(String code, String name, String mayorName, List<String> agendas) {
    }

    record AgendaEntry(String code, String name, String description) {
    }

    static final List<AgendaEntry> AGENDAS = List.of(
            new AgendaEntry("PORUCHY", "Hlášení poruch a havárií", "Veřejné osvětlení, komunikace, voda, odpady"),
            new AgendaEntry("PORADENSTVI", "Poradenství v úředních záležitostech", "Na koho se obrátit, jak postupovat"),
            new AgendaEntry("ZADOSTI", "Pomoc s vyplněním žádostí", "Formuláře a podání na úřady"),
            new AgendaEntry("DOTACE", "Dotace", "Dotační příležitosti a pomoc s žádostí"),
            new AgendaEntry("ZAKAZKY", "Veřejné zakázky", "Poradenství k zadávání veřejných zakázek"),
            new AgendaEntry("TURISMUS", "Turistické informace", "Zajímavosti, trasy, ubytování v mikroregionu"),
            new AgendaEntry("AKCE", "Propagace akcí", "Kulturní, sportovní a společenské akce"),
            new AgendaEntry("PRACE", "Nabídky zaměstnání", "Zveřejnění volných pracovních míst"),
            new AgendaEntry("ROZVOJ", "Podněty k rozvoji regionu", "Náměty na zlepšení obcí a mikroregionu"),
            new AgendaEntry("OSTATNI", "Ostatní", "Vše, co nespadá do jiné agendy"));

    private static final List<String> ALL = List.of("PORUCHY", "PORADENSTVI", "ZADOSTI", "DOTACE", "ZAKAZKY",
            "TURISMUS", "AKCE", "PRACE", "ROZVOJ");
    private static final List<String> SMALL = List.of("PORUCHY", "PORADENSTVI", "ZADOSTI", "DOTACE", "AKCE",
            "ROZVOJ");

    static final List<Member> MEMBERS = List.of(
            new Member("583120", "Ivančice", "Milan Buček", ALL),
            new Member("583588", "Oslavany", "Vít Uhlíř", ALL),
            new Member("582956", "Dolní Kounice", "Jiří Kosek", ALL),
            new Member("582832", "Biskoupky", "Pavel Kocman", SMALL),
            new Member("582930", "Čučice", "Jana Vojtová", SMALL),
            new Member("583022", "Hlína", "Marie Sedláková", SMALL),
            new Member("583201", "Ketkovice", "Josef Jelínek", SMALL),
            new Member("583375", "Mělčany", "Petr Novotný", SMALL),
            new Member("583421", "Moravské Bránice", "Jaroslav Kratochvíl", SMALL),
            new Member("583481", "Neslovice", "Zdeněk Holý", SMALL),
            new Member("583502", "Nová Ves", "Ludmila Pokorná", SMALL),
            new Member("583511", "Nové Bránice", "Karel Dvořák", SMALL));

    static boolean agrees(String municipalityCode, String agendaCode) {
        return MEMBERS.stream().anyMatch(m -> m.code().equals(municipalityCode) && m.agendas().contains(agendaCode));
    }
}
