/* pw-sheet-private.h: the columns of the sheets, shared by export and merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pw-sheet.h"

G_BEGIN_DECLS

/* The headers, in Chinese whatever the user's language: the sheets go to
 * departments, and the merge reads them back by these words. */
#define PW_SHEET_INDICATORS   "指标"
#define PW_SHEET_PROJECTS     "重点项目"
#define PW_HEADER_ID          "编号"
#define PW_HEADER_CATEGORY    "类别"
#define PW_HEADER_DOMAIN      "领域"
#define PW_HEADER_NAME        "指标名称"
#define PW_HEADER_UNIT        "单位"
#define PW_HEADER_BASELINE    "基期值"
#define PW_HEADER_TARGET      "目标值"
#define PW_HEADER_NATURE      "属性"
#define PW_HEADER_RESPONSIBLE "责任单位"
#define PW_HEADER_YEAR        "%d年实际值"
#define PW_HEADER_COMPLETION  "完成度"
#define PW_HEADER_STATUS      "进度状态"
#define PW_HEADER_NOTE        "备注"
#define PW_HEADER_BOX         "专栏"
#define PW_HEADER_NUMBER      "序号"
#define PW_HEADER_PROJECT     "项目名称"
#define PW_HEADER_DESCRIPTION "建设内容"
#define PW_HEADER_LEAD        "牵头单位"
#define PW_HEADER_START       "开工年份"
#define PW_HEADER_END         "完工年份"
#define PW_HEADER_INVESTMENT  "总投资(万元)"
#define PW_HEADER_PROJECT_STATUS "项目状态"
#define PW_HEADER_PROGRESS    "完成进度(%)"

G_END_DECLS
