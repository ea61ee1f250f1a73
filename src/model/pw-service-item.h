/* pw-service-item.h: a basic public service item (服务项目) of a domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-object.h"

G_BEGIN_DECLS

#define PW_TYPE_SERVICE_ITEM (pw_service_item_get_type ())

G_DECLARE_FINAL_TYPE (PwServiceItem, pw_service_item, PW, SERVICE_ITEM, PwObject)

PwServiceItem *pw_service_item_new        (void);
int            pw_service_item_get_number (PwServiceItem *self);
void           pw_service_item_set_number (PwServiceItem *self,
                                           int            number);
const char    *pw_service_item_get_domain (PwServiceItem *self);
void           pw_service_item_set_domain (PwServiceItem *self,
                                           const char    *domain);
const char    *pw_service_item_get_name   (PwServiceItem *self);
void           pw_service_item_set_name   (PwServiceItem *self,
                                           const char    *name);

G_END_DECLS
