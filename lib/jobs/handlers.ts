// Every area with timed work or bulk jobs registers its handlers when imported.
import "@/lib/renewal";
import "@/lib/devices";
import "@/lib/request-keys/provisional";
import "@/lib/licenses/term-end";
import "@/lib/seats/unassign";
