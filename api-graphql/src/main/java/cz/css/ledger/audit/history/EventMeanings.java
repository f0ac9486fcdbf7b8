package cz.css.ledger.audit.history;

import java.util.Map;

/** The business meaning of each event type, one line each, in the words of the README's glossary. */
final class EventMeanings {
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("RequestRegisteredEvent", "The CSS registered (zaevidovalo) a citizen's request under a "
                    + "registration number; it is received."),
            Map.entry("RequestAssignedEvent", "The request was assigned (or reassigned) to a CSS staff member."),
            Map.entry("InternalNoteAddedEvent", "A staff member added an internal note."),
            Map.entry("RequestReclassifiedEvent", "The municipality, agenda or kind was corrected; the respond-by "
                    + "day follows the new kind."),
            Map.entry("RequestResolvedByCssEvent", "The CSS resolved the request itself; it must now inform the mayor."),
            Map.entry("MayorInformedEvent", "The CSS informed the mayor of the municipality (who, how, when, what "
                    + "was said)."),
            Map.entry("RequestRoutedToMunicipalityEvent", "The CSS routed the request to the municipality for "
                    + "resolution (předáno k vyřízení obci)."),
            Map.entry("SupportingDocumentsPreparedEvent", "The CSS prepared supporting documents (podklady) for the "
                    + "municipality."),
            Map.entry("MunicipalityResolvedRequestEvent", "The municipality answered that it resolved the routed "
                    + "request."),
            Map.entry("RequestReturnedToCssEvent", "The municipality returned the request to the CSS, which may "
                    + "resolve it or route it again."),
            Map.entry("CitizenNotifiedEvent", "The citizen was told the outcome."),
            Map.entry("RequestClosedEvent", "The request was closed with an outcome."),
            Map.entry("RequestReopenedEvent", "A closed or declined request was reopened; it is received again."),
            Map.entry("RequestWithdrawnEvent", "The citizen withdrew the request."),
            Map.entry("RequestDeclinedEvent", "The CSS declined the request as outside the agendas the municipality "
                    + "agreed to, with referral advice."),
            Map.entry("PersonalDataErasedEvent", "The citizen's personal data was erased (its data key destroyed); "
                    + "the history still reads, personal fields as erased."),
            Map.entry("SatisfactionSurveyOfferedEvent", "After closing, the CSS offered the citizen the satisfaction "
                    + "survey through a channel, to be answered by a given time."),
            Map.entry("SatisfactionRecordedEvent", "The citizen's answer to the satisfaction survey was recorded "
                    + "(score 1-5, whether the matter was resolved, optional comment)."),
            Map.entry("AgendaDefinedEvent", "An agenda (area of public administration) was defined in the catalogue."),
            Map.entry("MunicipalityJoinedEvent", "A municipality became a member of the DSO."),
            Map.entry("AgendaAgreedEvent", "A municipality agreed that citizens may turn to the CSS in an agenda."),
            Map.entry("AgendaAgreementEndedEvent", "A municipality withdrew its agreement to an agenda."));

    private EventMeanings() {
    }

    /** The meaning of an event type (simple class name); an unknown type says so. */
    static String of(String eventType) {
        return MEANINGS.getOrDefault(eventType, "An event of type " + eventType + " (no meaning recorded).");
    }

    static boolean knows(String eventType) {
        return MEANINGS.containsKey(eventType);
    }
}
