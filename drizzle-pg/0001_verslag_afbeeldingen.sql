CREATE TABLE "verslag_afbeeldingen" (
	"bijeenkomst_id" text NOT NULL,
	"naam" text NOT NULL,
	"png" "bytea" NOT NULL,
	"breedte" integer NOT NULL,
	"hoogte" integer NOT NULL,
	"bijgewerkt" bigint NOT NULL,
	CONSTRAINT "verslag_afbeeldingen_bijeenkomst_id_naam_pk" PRIMARY KEY("bijeenkomst_id","naam")
);
--> statement-breakpoint
ALTER TABLE "verslag_afbeeldingen" ADD CONSTRAINT "verslag_afbeeldingen_bijeenkomst_id_bijeenkomsten_id_fk" FOREIGN KEY ("bijeenkomst_id") REFERENCES "public"."bijeenkomsten"("id") ON DELETE cascade ON UPDATE no action;