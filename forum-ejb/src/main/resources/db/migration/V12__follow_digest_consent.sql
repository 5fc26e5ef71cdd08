-- The daily follow digest gets a consent of its own, apart from the monthly topic mail (mail_opt_in): following a topic
-- asks for its news by default, and this flag lets a member stop the digest without giving up their follows.
ALTER TABLE member ADD COLUMN follow_digest BOOLEAN DEFAULT TRUE NOT NULL;

-- The address for List-Unsubscribe / List-Unsubscribe-Post (RFC 8058) of a mail that can be stopped (the digest);
-- transactional mail (confirmation, reset, awards) has none.
ALTER TABLE outbox_mail ADD COLUMN unsubscribe_url VARCHAR(500);
