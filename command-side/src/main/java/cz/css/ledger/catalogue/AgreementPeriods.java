package cz.css.ledger.catalogue;

import java.util.List;
import org.springframework.data.repository.Repository;

interface AgreementPeriods extends Repository<AgreementPeriod, Long> {
    AgreementPeriod save(AgreementPeriod period);

    List<AgreementPeriod> findByMunicipalityCodeAndAgendaCode(String municipalityCode, String agendaCode);
}
