/* pw-heap.c: the heap in transparent huge pages while a large plan is read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a plan of 100,000 indicators fills about 60 MB of fresh heap, and
 * once the reader executes no more instructions than libxml2's own stream
 * reader, most of what is left is the first touch of that memory: a page
 * fault for every 4 KiB page (15,000 of them, several microseconds each on
 * a virtual machine), and GLib's slice allocator asking posix_memalign()
 * for each slab page. glibc puts its heap in transparent huge pages when
 * told so in the environment (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, read
 * only at the start of a process); the same build loads that plan in a
 * fifth less time with it. A program can do the same for the stretch of
 * heap a large file will fill: raise malloc's top pad so that the heap
 * grows once by the whole stretch, make it grow, and mark the new stretch
 * with madvise (MADV_HUGEPAGE), which takes effect where the system's
 * setting is `madvise` or `always`. Memory is not touched by this, only
 * reserved: the pages are faulted in as the plan fills them, 2 MiB at a
 * time, and what is left at the top is given back once the pad is lowered
 * again (beyond a few MiB kept for what comes next: see KEPT_TOP).
 *
 * Anywhere but on glibc and Linux, or for a small file, it does nothing.
 */

#define G_LOG_DOMAIN "pw-plan-file"

#include "config.h"

#include "pw-heap.h"

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE) && defined(M_TOP_PAD)
#define HEAP_HUGE_PAGES 1
#endif

/* Below this, the few pages are not worth changing malloc's settings. */
#define MIN_BYTES (4 << 20)
/* glibc's top pad by default (mallopt(3)). */
#define DEFAULT_TOP_PAD (128 << 10)
/* How much free heap at the top is kept once the pad is lowered: setting
 * the pad stops glibc from raising its trim threshold (128 KiB) as large
 * blocks are freed, as it otherwise does, so that a program that frees
 * and takes again a few hundred KiB (zlib's 256 KiB of every page's stream
 * in a PDF) gave the top of its heap back to the system and faulted it in
 * again each time. */
#define KEPT_TOP (4 << 20)
#define HUGE_PAGE_SIZE ((guintptr) 2 << 20)
/* Requests below glibc's mmap threshold (128 KiB), so that they come from
 * the heap; as many as the heap's free chunks can serve before its top
 * must grow. */
#define PROBE_SIZE (96 << 10)
#define MAX_PROBES 1024

/* Public API (private to the library) */

/**
 * pw_heap_reserve:
 * @bytes: about how much heap the work about to start will fill
 * @reservation: (out caller-allocates): what to undo with pw_heap_release()
 *
 * Makes the heap grow by @bytes at once and asks for that stretch in huge
 * pages.
 */
void
pw_heap_reserve (gsize              bytes,
                 PwHeapReservation *reservation)
{
  reservation->padded = FALSE;

#ifdef HEAP_HUGE_PAGES
  {
    gpointer probes[MAX_PROBES];
    guint n_probes = 0;
    guintptr before, after, start, end;

    if (bytes < MIN_BYTES || bytes > G_MAXINT / 2)
      return;

    before = (guintptr) sbrk (0);
    if (before == (guintptr) -1 || mallopt (M_TOP_PAD, (int) bytes) == 0)
      return;
    reservation->padded = TRUE;

    /* take from the heap until its top grows, by the pad at once */
    after = before;
    while (after == before && n_probes < MAX_PROBES)
      {
        probes[n_probes++] = g_malloc (PROBE_SIZE);
        after = (guintptr) sbrk (0);
      }
    while (n_probes > 0)
      g_free (probes[--n_probes]);

    start = (before + HUGE_PAGE_SIZE - 1) & ~(HUGE_PAGE_SIZE - 1);
    end = after & ~(HUGE_PAGE_SIZE - 1);
    if (after != (guintptr) -1 && end > start)
      madvise ((void *) start, end - start, MADV_HUGEPAGE);
  }
#else
  (void) bytes;
#endif
}

/**
 * pw_heap_release:
 * @reservation: what pw_heap_reserve() set
 *
 * Lowers malloc's top pad to its default again: the heap's free top beyond
 * it and KEPT_TOP is given back to the system at the next free() that
 * reaches it.
 */
void
pw_heap_release (PwHeapReservation *reservation)
{
#ifdef HEAP_HUGE_PAGES
  if (reservation->padded)
    {
      mallopt (M_TOP_PAD, DEFAULT_TOP_PAD);
      mallopt (M_TRIM_THRESHOLD, KEPT_TOP);
    }
#endif
  reservation->padded = FALSE;
}
