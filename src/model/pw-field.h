/* pw-field.h: the fields of the plan's objects, as a reader names and reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

GParamSpec  *pw_field_mark      (GParamSpec *pspec,
                                 const char *label);
const char  *pw_field_get_label (GParamSpec *pspec);
GParamSpec **pw_fields_list     (GType       type,
                                 guint      *n_fields);
char        *pw_field_dup_text  (GObject    *object,
                                 GParamSpec *pspec);

G_END_DECLS
