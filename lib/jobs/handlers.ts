// Every area with timed work registers its handlers when imported.
import "@/lib/renewal";
import "@/lib/devices";
import "@/lib/request-keys/provisional";
import "@/lib/licenses/term-end";
