/* pw-save-helper.c: a save to be killed, for test-kill-save.py
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   pw-save-helper N_INDICATORS FILE
 *   pw-save-helper --open FILE
 *
 * Makes a plan of N_INDICATORS indicators (the benchmarks' generator, the
 * same bytes every time), prints "ready" once it is made, then saves it to
 * FILE with pw_plan_save() and prints "saved". The test kills it at a
 * random moment in between. With --open, it opens FILE as the program does
 * (pw_plan_load(), which removes what a killed save left), without the cost
 * of starting the whole program 150 times.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "pw-bench.h"
#include "pw-plan-file.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PwPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s N_INDICATORS FILE\n", argv[0]);
      return 2;
    }

  if (g_str_equal (argv[1], "--open"))
    {
      file = g_file_new_for_commandline_arg (argv[2]);
      plan = pw_plan_load (file, NULL);
      return 0;
    }

  plan = pw_bench_make_plan ((guint) atoi (argv[1]), 10);
  file = g_file_new_for_commandline_arg (argv[2]);
  printf ("ready\n");
  fflush (stdout);

  if (!pw_plan_save (plan, file, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("saved\n");
  return 0;
}
