#include "word_break.h"
#include <unicode/ubrk.h>
#include <unicode/utext.h>

int beacon_word_boundaries(const char *text, int length, const char *locale, int *out, int capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, text, length, &status);
    if (U_FAILURE(status)) return -1;
    UBreakIterator *bi = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { utext_close(ut); return -1; }
    ubrk_setUText(bi, ut, &status);
    int n = 0;
    if (U_SUCCESS(status)) {
        for (int32_t b = ubrk_first(bi); b != UBRK_DONE && n < capacity; b = ubrk_next(bi)) out[n++] = b;
    } else {
        n = -1;
    }
    ubrk_close(bi);
    utext_close(ut);
    return n;
}
