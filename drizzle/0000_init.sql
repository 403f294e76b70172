CREATE TABLE `aanwezigheid` (
	`bijeenkomst_id` text NOT NULL,
	`persoon_id` text NOT NULL,
	`eerste_op` integer NOT NULL,
	PRIMARY KEY(`bijeenkomst_id`, `persoon_id`),
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`op` integer NOT NULL,
	`wie` text NOT NULL,
	`actie` text NOT NULL,
	`details` text DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `begeleiders` (
	`id` text PRIMARY KEY NOT NULL,
	`naam` text NOT NULL,
	`email` text NOT NULL,
	`wachtwoord_hash` text NOT NULL,
	`aangemaakt` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `begeleiders_email_unique` ON `begeleiders` (`email`);--> statement-breakpoint
CREATE TABLE `bijeenkomsten` (
	`id` text PRIMARY KEY NOT NULL,
	`traject_id` text NOT NULL,
	`nummer` integer NOT NULL,
	`datum` text NOT NULL,
	`intentie` text NOT NULL,
	`agenda` text NOT NULL,
	`status` text NOT NULL,
	`verslag_gedeeld` integer DEFAULT false NOT NULL,
	`verslag` text,
	`afgesloten_op` integer,
	`aangemaakt` integer NOT NULL,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `bijeenkomsten_traject` ON `bijeenkomsten` (`traject_id`);--> statement-breakpoint
CREATE TABLE `deelnemers` (
	`id` text PRIMARY KEY NOT NULL,
	`traject_id` text NOT NULL,
	`soort` text NOT NULL,
	`naam` text NOT NULL,
	`organisatie` text NOT NULL,
	`rol` text NOT NULL,
	`aangemaakt` integer NOT NULL,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deelnemers_traject` ON `deelnemers` (`traject_id`);--> statement-breakpoint
CREATE TABLE `kamers` (
	`bijeenkomst_id` text PRIMARY KEY NOT NULL,
	`toestand` text NOT NULL,
	`versie` integer NOT NULL,
	FOREIGN KEY (`bijeenkomst_id`) REFERENCES `bijeenkomsten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sessies` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`begeleider_id` text NOT NULL,
	`aangemaakt` integer NOT NULL,
	`verloopt` integer NOT NULL,
	FOREIGN KEY (`begeleider_id`) REFERENCES `begeleiders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `traject_begeleiders` (
	`traject_id` text NOT NULL,
	`begeleider_id` text NOT NULL,
	PRIMARY KEY(`traject_id`, `begeleider_id`),
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`begeleider_id`) REFERENCES `begeleiders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `trajecten` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`titel` text NOT NULL,
	`thema` text NOT NULL,
	`vraagstuk` text NOT NULL,
	`einddoel` text NOT NULL,
	`einddatum` text,
	`trekker` text DEFAULT '' NOT NULL,
	`gepland_aantal` integer,
	`join_token` text NOT NULL,
	`waarnemer_token` text NOT NULL,
	`aangemaakt` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trajecten_join_token_unique` ON `trajecten` (`join_token`);--> statement-breakpoint
CREATE UNIQUE INDEX `trajecten_waarnemer_token_unique` ON `trajecten` (`waarnemer_token`);--> statement-breakpoint
CREATE TABLE `uitnodigingen` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`traject_id` text NOT NULL,
	`door_begeleider_id` text NOT NULL,
	`verloopt` integer NOT NULL,
	`gebruikt_op` integer,
	FOREIGN KEY (`traject_id`) REFERENCES `trajecten`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `yjs_snapshots` (
	`room` text PRIMARY KEY NOT NULL,
	`state` blob NOT NULL,
	`tot` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `yjs_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`room` text NOT NULL,
	`update` blob NOT NULL
);
--> statement-breakpoint
CREATE INDEX `yjs_updates_room` ON `yjs_updates` (`room`,`id`);