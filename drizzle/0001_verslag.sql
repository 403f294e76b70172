ALTER TABLE `bijeenkomsten` ADD `verslag_snapshot` text;--> statement-breakpoint
ALTER TABLE `bijeenkomsten` ADD `verslag_bewerkt_op` integer;