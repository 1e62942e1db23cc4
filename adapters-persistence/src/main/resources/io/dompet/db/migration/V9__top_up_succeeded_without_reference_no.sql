-- A direct top-up Finpay answered with success but without a referenceNo (its seed marks the field optional), whose
-- status inquiry named none either, is recorded SUCCEEDED without one and flagged for a person: the wallet was
-- credited, so it must neither fail nor be sent again. Every other succeeded top-up still carries Finpay's referenceNo.
alter table top_up
    drop constraint top_up_succeeded_has_reference_no,
    add constraint top_up_succeeded_has_reference_no
        check (status <> 'SUCCEEDED' or reference_no is not null or (kind = 'DIRECT' and needs_review));
