"""System dialogs: 用户管理 and 审计日志 (书记 only), 修改密码 (everyone)."""
