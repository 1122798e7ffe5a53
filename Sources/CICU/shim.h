#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* ICU renames its C functions per version (ubrk_open → ubrk_open_72) with macros Swift cannot
   see through; these wrappers give Swift one stable name whatever ICU Debian ships. */

/* Word boundaries of `text` (UTF-8, `length` bytes) for `locale`, as UTF-8 byte offsets into
   `out` (at most `capacity`); returns how many, or -1 when ICU fails. Chinese is segmented
   with ICU's dictionary. */
static inline int beacon_word_boundaries(const char *text, int length, const char *locale, int *out, int capacity) {
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
