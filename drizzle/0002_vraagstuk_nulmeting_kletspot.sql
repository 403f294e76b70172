CREATE TABLE `kletspot` (
	`id` text PRIMARY KEY NOT NULL,
	`traject_id` text NOT NULL,
	`vraag` text NOT NULL,
	`dag` text NOT NULL,
	`status` text NOT NULL,
	`getrokken_in` text,
	`bestemming` text,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`getrokken_in`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `kletspot_traject` ON `kletspot` (`traject_id`,`status`);--> statement-breakpoint
CREATE TABLE `nulmetingen` (
	`id` text PRIMARY KEY NOT NULL,
	`traject_id` text NOT NULL,
	`bijeenkomst_id` text NOT NULL,
	`ronde_id` text NOT NULL,
	`antwoorden` text NOT NULL,
	`bewaard_op` integer NOT NULL,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `nulmetingen_ronde_id_unique` ON `nulmetingen` (`ronde_id`);--> statement-breakpoint
CREATE INDEX `nulmetingen_traject` ON `nulmetingen` (`traject_id`);--> statement-breakpoint
CREATE TABLE `vraagstukkaarten` (
	`id` text PRIMARY KEY NOT NULL,
	`traject_id` text NOT NULL,
	`persoon_id` text NOT NULL,
	`probleem` text NOT NULL,
	`waarom` text NOT NULL,
	`doel` text NOT NULL,
	`aangemaakt` integer NOT NULL,
	`bijgewerkt` integer NOT NULL,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`persoon_id`) REFERENCES `deelnemers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vraagstukkaarten_eigenaar` ON `vraagstukkaarten` (`traject_id`,`persoon_id`);