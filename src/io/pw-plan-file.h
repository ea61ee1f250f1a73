/* pw-plan-file.h: reading, writing and checking .plan files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pw-plan.h"
#include "pw-findings.h"

G_BEGIN_DECLS

/**
 * PW_PLAN_FILE_NAMESPACE:
 *
 * The XML namespace of version 1 of the .plan format.
 */
#define PW_PLAN_FILE_NAMESPACE "urn:plan-workbench:plan:1"

/**
 * PW_PLAN_FILE_MAX_TEXT:
 *
 * The longest text, in bytes, that a .plan file may hold in one element or
 * attribute: libxml2's own limit without XML_PARSE_HUGE.
 */
#define PW_PLAN_FILE_MAX_TEXT 10000000

#define PW_PLAN_FILE_ERROR (pw_plan_file_error_quark ())

/**
 * PwPlanFileError:
 * @PW_PLAN_FILE_ERROR_INVALID: the file is not well-formed XML, breaks the
 *   schema or a rule of the model, or holds a document type declaration
 * @PW_PLAN_FILE_ERROR_VERSION: the file is of a version of the format that
 *   this program does not read
 * @PW_PLAN_FILE_ERROR_UNSAVABLE: the plan holds something that a .plan file
 *   cannot store (a control character, a year outside the period, two
 *   objects with one id …); nothing was written
 * @PW_PLAN_FILE_ERROR_NOT_PLAN: the file is XML but not a plan (another root
 *   element or namespace), or is in an encoding other than UTF-8
 */
typedef enum
{
  PW_PLAN_FILE_ERROR_INVALID,
  PW_PLAN_FILE_ERROR_VERSION,
  PW_PLAN_FILE_ERROR_UNSAVABLE,
  PW_PLAN_FILE_ERROR_NOT_PLAN,
} PwPlanFileError;

GQuark    pw_plan_file_error_quark (void);

PwPlan   *pw_plan_load             (GFile       *file,
                                    GError     **error);
PwPlan   *pw_plan_load_bytes       (GBytes      *bytes,
                                    GError     **error);
GBytes   *pw_plan_to_bytes         (PwPlan      *plan,
                                    GError     **error);
gboolean  pw_plan_save             (PwPlan      *plan,
                                    GFile       *file,
                                    GError     **error);
PwFindings *pw_plan_check            (GFile       *file,
                                    const char  *display_name);
void      pw_plan_file_remove_stale (GFile      *file);
gboolean  pw_plan_sniff            (GInputStream *stream);

/**
 * PW_INPUT_MAX_STREAM:
 *
 * The most that is read from an input that is not a regular file (a pipe,
 * a FIFO) before it is refused: such an input is read once, into memory.
 */
#define PW_INPUT_MAX_STREAM ((gsize) 512 * 1024 * 1024)

gboolean  pw_input_prepare         (GFile       *file,
                                    GBytes     **contents,
                                    GError     **error);
GBytes   *pw_plan_file_get_schema  (void);

G_END_DECLS
