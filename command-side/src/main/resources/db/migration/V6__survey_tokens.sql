-- Command-side lookup of the satisfaction survey's one-time codes (issue 5). Only the SHA-256 hash
-- of a code is stored; the code itself is shown once, to the staff member who offered the survey.
create table survey_token (
    token_hash varchar(64)                 not null,
    request_id varchar(36)                 not null,
    survey_id  varchar(36)                 not null,
    issued_at  timestamp(6) with time zone not null,
    -- when the code answered its survey; a code is accepted once
    used_at    timestamp(6) with time zone,
    primary key (token_hash),
    constraint uk_survey_token_survey unique (survey_id)
);
