-- Who answers for the members' personal data, as the privacy policy page names them (the operator sets both).
ALTER TABLE organisation_settings ADD COLUMN privacy_officer VARCHAR(100);
ALTER TABLE organisation_settings ADD COLUMN privacy_contact VARCHAR(300);
