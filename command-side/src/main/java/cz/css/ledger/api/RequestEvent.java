package cz.css.ledger.api;

/** An event in the life of one citizen request; sealed so projections can switch exhaustively. */
public sealed interface RequestEvent permits RequestRegisteredEvent, RequestAssignedEvent, InternalNoteAddedEvent,
        RequestReclassifiedEvent, RequestResolvedByCssEvent, MayorInformedEvent, RequestRoutedToMunicipalityEvent,
        SupportingDocumentsPreparedEvent, MunicipalityResolvedRequestEvent, RequestReturnedToCssEvent,
        CitizenNotifiedEvent, RequestClosedEvent, RequestReopenedEvent, RequestWithdrawnEvent, RequestDeclinedEvent,
        PersonalDataErasedEvent, SatisfactionSurveyOfferedEvent, SatisfactionRecordedEvent {

    /** The request this event belongs to. */
    String requestId();
}
