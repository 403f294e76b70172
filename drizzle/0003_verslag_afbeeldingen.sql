CREATE TABLE `verslag_afbeeldingen` (
	`bijeenkomst_id` text NOT NULL,
	`naam` text NOT NULL,
	`png` blob NOT NULL,
	`breedte` integer NOT NULL,
	`hoogte` integer NOT NULL,
	`bijgewerkt` integer NOT NULL,
	PRIMARY KEY(`bijeenkomst_id`, `naam`),
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade
);
