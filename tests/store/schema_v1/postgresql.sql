-- The schema of Oefenkit 0.1 (main at 4c054c0, before versioned schemas), postgresql dialect.
-- Frozen: tests/store/test_migrations.py builds an old store from it. Do not edit.

CREATE TABLE workshops (
	id SERIAL NOT NULL,
	code VARCHAR(6) NOT NULL,
	title VARCHAR(200) NOT NULL,
	exercise_ids JSON NOT NULL,
	mode VARCHAR(12) NOT NULL,
	key_hash VARCHAR(64) NOT NULL,
	created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	settings JSON NOT NULL,
	CONSTRAINT pk_workshops PRIMARY KEY (id),
	CONSTRAINT ck_workshops_mode CHECK (mode IN ('individueel', 'groep')),
	CONSTRAINT uq_workshops_code UNIQUE (code)
);

CREATE TABLE participants (
	id SERIAL NOT NULL,
	workshop_id INTEGER,
	name VARCHAR(80) NOT NULL,
	name_key VARCHAR(80) NOT NULL,
	role VARCHAR(80),
	created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	CONSTRAINT pk_participants PRIMARY KEY (id),
	CONSTRAINT uq_participants_workshop_id UNIQUE (workshop_id, name_key),
	CONSTRAINT fk_participants_workshop_id FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE
);

CREATE INDEX ix_participants_workshop_id ON participants (workshop_id);

CREATE UNIQUE INDEX uq_participants_solo_name_key ON participants (name_key) WHERE workshop_id IS NULL;

CREATE TABLE released_injects (
	id SERIAL NOT NULL,
	workshop_id INTEGER NOT NULL,
	exercise_id VARCHAR(100) NOT NULL,
	inject_id VARCHAR(100) NOT NULL,
	roles JSON,
	released_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	CONSTRAINT pk_released_injects PRIMARY KEY (id),
	CONSTRAINT uq_released_injects_workshop_id UNIQUE (workshop_id, exercise_id, inject_id),
	CONSTRAINT fk_released_injects_workshop_id FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE
);

CREATE INDEX ix_released_injects_workshop_id ON released_injects (workshop_id);

CREATE TABLE reveals (
	id SERIAL NOT NULL,
	workshop_id INTEGER NOT NULL,
	exercise_id VARCHAR(100) NOT NULL,
	step_id VARCHAR(100) NOT NULL,
	revealed_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	CONSTRAINT pk_reveals PRIMARY KEY (id),
	CONSTRAINT uq_reveals_workshop_id UNIQUE (workshop_id, exercise_id, step_id),
	CONSTRAINT fk_reveals_workshop_id FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE
);

CREATE INDEX ix_reveals_workshop_id ON reveals (workshop_id);

CREATE TABLE answer_history (
	id SERIAL NOT NULL,
	participant_id INTEGER NOT NULL,
	exercise_id VARCHAR(100) NOT NULL,
	step_id VARCHAR(100) NOT NULL,
	version INTEGER NOT NULL,
	value JSON NOT NULL,
	saved_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	CONSTRAINT pk_answer_history PRIMARY KEY (id),
	CONSTRAINT uq_answer_history_participant_id UNIQUE (participant_id, exercise_id, step_id, version),
	CONSTRAINT fk_answer_history_participant_id FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);

CREATE INDEX ix_answer_history_participant_id ON answer_history (participant_id);

CREATE TABLE answers (
	id SERIAL NOT NULL,
	participant_id INTEGER NOT NULL,
	exercise_id VARCHAR(100) NOT NULL,
	step_id VARCHAR(100) NOT NULL,
	value JSON NOT NULL,
	version INTEGER NOT NULL,
	updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	CONSTRAINT pk_answers PRIMARY KEY (id),
	CONSTRAINT uq_answers_participant_id UNIQUE (participant_id, exercise_id, step_id),
	CONSTRAINT fk_answers_participant_id FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);

CREATE INDEX ix_answers_participant_id ON answers (participant_id);

CREATE TABLE positions (
	participant_id INTEGER NOT NULL,
	exercise_id VARCHAR(100) NOT NULL,
	step_id VARCHAR(100) NOT NULL,
	updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	CONSTRAINT pk_positions PRIMARY KEY (participant_id, exercise_id),
	CONSTRAINT fk_positions_participant_id FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);

CREATE TABLE submissions (
	id SERIAL NOT NULL,
	participant_id INTEGER NOT NULL,
	exercise_id VARCHAR(100) NOT NULL,
	answers JSON NOT NULL,
	result JSON NOT NULL,
	total FLOAT NOT NULL,
	submitted_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
	CONSTRAINT pk_submissions PRIMARY KEY (id),
	CONSTRAINT fk_submissions_participant_id FOREIGN KEY(participant_id) REFERENCES participants (id) ON DELETE CASCADE
);

CREATE INDEX ix_submissions_participant_exercise ON submissions (participant_id, exercise_id);
