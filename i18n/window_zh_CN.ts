<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionBar</name>
    <message>
        <source>Call next</source>
        <translation>呼叫下一位</translation>
    </message>
    <message>
        <source>Call the next number to this window</source>
        <translation>叫下一个号到本窗口</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Call the same number again</source>
        <translation>再次呼叫同一个号</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>The citizen has arrived</source>
        <translation>办事群众已到窗口</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Record the outcome and end the visit</source>
        <translation>登记办理结果并结束本次服务</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>The citizen did not come</source>
        <translation>办事群众未到窗口</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Send to another category or window</source>
        <translation>转到其他业务类别或窗口</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>过号重排</translation>
    </message>
    <message>
        <source>Put a returning no-show back in line</source>
        <translation>过号后返回的群众重新排队</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>Take down the pause sign</source>
        <translation>撤下暂停服务牌</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Put up the pause sign</source>
        <translation>摆出暂停服务牌</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>替岗</translation>
    </message>
    <message>
        <source>Another clerk takes this window</source>
        <translation>由另一位工作人员接替本窗口</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关闭窗口</translation>
    </message>
    <message>
        <source>End the shift and sign out</source>
        <translation>结束本班并退出</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>Standard mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <source>Elder mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <source>Back to normal type</source>
        <translation>恢复正常字号</translation>
    </message>
    <message>
        <source>Large type, everything read aloud and captioned</source>
        <translation>大字显示，内容朗读并配字幕</translation>
    </message>
    <message>
        <source>A new clerk has taken over: {name}, staff No. {number}, now serves you.</source>
        <translation>已换岗：现由 {name}（工号 {number}）为您服务。</translation>
    </message>
    <message>
        <source>What is read aloud is shown here.</source>
        <translation>朗读的内容在这里以文字显示。</translation>
    </message>
    <message>
        <source>Window screen</source>
        <translation>窗口显示屏</translation>
    </message>
    <message>
        <source>This window is not open now</source>
        <translation>本窗口暂未开放</translation>
    </message>
    <message>
        <source>Please wait for your number at another window.</source>
        <translation>请留意叫号，到其他窗口办理。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎您</translation>
    </message>
    <message>
        <source>Please wait for your number to be called.</source>
        <translation>请留意叫号，等候办理。</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>Please come to window {window}</source>
        <translation>请到 {window} 号窗口办理</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
    <message>
        <source>Your rating helps us serve you better.</source>
        <translation>您的评价将帮助我们改进服务。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>目前没有人在等候本窗口。</translation>
    </message>
    <message>
        <source>Called {number}.</source>
        <translation>已呼叫 {number}。</translation>
    </message>
    <message>
        <source>Transferred from window {window}: {note}</source>
        <translation>由 {window} 号窗口转来：{note}</translation>
    </message>
    <message>
        <source>Transferred from window {window}.</source>
        <translation>由 {window} 号窗口转来。</translation>
    </message>
    <message>
        <source>Called {number} again ({n} calls).</source>
        <translation>已再次呼叫 {number}（共 {n} 次）。</translation>
    </message>
    <message>
        <source>Serving {number}.</source>
        <translation>正在办理 {number}。</translation>
    </message>
    <message>
        <source>{number} marked as no-show.</source>
        <translation>{number} 已过号。</translation>
    </message>
    <message>
        <source>Finished {number}.</source>
        <translation>{number} 已办结。</translation>
    </message>
    <message>
        <source>Finished {number}; the one-time notice is printed.</source>
        <translation>{number} 已办结，一次性告知书已打印。</translation>
    </message>
    <message>
        <source>The notice did not print ({fault}): give it by hand or print it again.</source>
        <translation>告知书未能打印（{fault}）：请手写交给群众或重新打印。</translation>
    </message>
    <message>
        <source>{number} transferred to {where}.</source>
        <translation>{number} 已转到 {where}。</translation>
    </message>
    <message>
        <source>{number} is back in line.</source>
        <translation>{number} 已重新排队。</translation>
    </message>
    <message>
        <source>Window resumed.</source>
        <translation>已恢复服务。</translation>
    </message>
    <message>
        <source>Paused: {reason}, back at {time}.</source>
        <translation>已暂停：{reason}，预计 {time} 回来。</translation>
    </message>
    <message>
        <source>The clerk taking over signs in here. The window stays open; the visit in progress stays.</source>
        <translation>接岗的工作人员在此登录。窗口不关闭，正在办理的业务保留。</translation>
    </message>
    <message>
        <source>{new} took over {window} from {old}.</source>
        <translation>{new} 已接替 {old} 在{window}值守。</translation>
    </message>
    <message>
        <source>Signed in: {window} is open.</source>
        <translation>已登录，{window}开始服务。</translation>
    </message>
    <message>
        <source>Signed in again at {window}.</source>
        <translation>已重新登录{window}。</translation>
    </message>
    <message>
        <source>You took over {window} (stand-in).</source>
        <translation>您已接替{window}（替岗）。</translation>
    </message>
    <message>
        <source>{number} was called at {window} first. Your call of {number} has been undone.</source>
        <translation>{number} 已被{window}先叫到，本窗口对 {number} 的呼叫已撤销。</translation>
    </message>
    <message>
        <source>{number} was called at another window first. Your call of {number} has been undone.</source>
        <translation>{number} 已被其他窗口先叫到，本窗口对 {number} 的呼叫已撤销。</translation>
    </message>
    <message>
        <source>The {n} step(s) you recorded for it were undone too (kept on this device).</source>
        <translation>为它记录的 {n} 个后续操作也一并撤销（已在本机留存备查）。</translation>
    </message>
    <message>
        <source>Call {number} (F1)</source>
        <translation>呼叫 {number}（F1）</translation>
    </message>
    <message>
        <source>Next: {number}.</source>
        <translation>下一位：{number}。</translation>
    </message>
    <message>
        <source>Nobody else is waiting.</source>
        <translation>目前没有其他人等候。</translation>
    </message>
    <message>
        <source>Not kept by the central store: {what}</source>
        <translation>中心未予保存：{what}</translation>
    </message>
    <message>
        <source>On duty now: {name}. Another clerk signing in takes the window over.</source>
        <translation>当前值守：{name}。其他工作人员登录即接替本窗口（替岗）。</translation>
    </message>
    <message>
        <source>Offline: signing in checks the staff list this device last received.</source>
        <translation>网络中断：按本机最近同步的人员名单核对登录。</translation>
    </message>
    <message>
        <source>Paused {n} min: unattended alert</source>
        <translation>已暂停 {n} 分钟：空岗预警</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>暂停至 {time}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>未开放</translation>
    </message>
    <message>
        <source>Lunch break: calling resumes at {time}</source>
        <translation>午休 · {time} 恢复叫号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Clerk console</source>
        <translation>窗口工作台</translation>
    </message>
</context>
<context>
    <name>CurrentPanel</name>
    <message>
        <source>Paused</source>
        <translation>暂停服务中</translation>
    </message>
    <message>
        <source>Nobody called</source>
        <translation>未叫号</translation>
    </message>
    <message>
        <source>Press F8 to resume.</source>
        <translation>按 F8 恢复服务。</translation>
    </message>
    <message>
        <source>Press F1 to call the next number.</source>
        <translation>按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>呼叫中</translation>
    </message>
    <message>
        <source>calls: {n}</source>
        <translation>已呼叫 {n} 次</translation>
    </message>
    <message>
        <source>{n} min since the call</source>
        <translation>叫号后 {n} 分钟</translation>
    </message>
    <message>
        <source>Rating of {number}: the citizen is rating ({n} s left)</source>
        <translation>{number} 的评价：群众正在评价（还剩 {n} 秒）</translation>
    </message>
    <message>
        <source>Rating of {number}: {level}</source>
        <translation>{number} 的评价：{level}</translation>
    </message>
    <message>
        <source>Rating of {number}: not rated (recorded)</source>
        <translation>{number} 的评价：未评价（已记录）</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <source>Finish {number}</source>
        <translation>办结 {number}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add an item: name, code or pinyin initials</source>
        <translation>添加事项：名称、编码或拼音首字母</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation>本次服务的办理结果</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Leave empty to make one</source>
        <translation>留空则自动生成</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>Another material not in the guide (Enter)</source>
        <translation>办事指南以外的其他材料（回车添加）</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>打印告知书</translation>
    </message>
    <message>
        <source>Print the notice (no printer)</source>
        <translation>打印告知书（未连接打印机）</translation>
    </message>
    <message>
        <source>Show it on the citizen screen</source>
        <translation>在群众显示屏上展示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Finish (F4)</source>
        <translation>办结（F4）</translation>
    </message>
    <message>
        <source>Record the outcome and end the visit</source>
        <translation>登记办理结果并结束本次服务</translation>
    </message>
    <message>
        <source>Go back to serving</source>
        <translation>返回继续办理</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>Serving you</source>
        <translation>为您服务</translation>
    </message>
    <message>
        <source>No clerk on duty</source>
        <translation>暂无工作人员值守</translation>
    </message>
    <message>
        <source>Nobody serves at this window now.</source>
        <translation>本窗口当前无人服务。</translation>
    </message>
    <message>
        <source>Staff No. {number}</source>
        <translation>工号 {number}</translation>
    </message>
    <message>
        <source>Serving you: {name}, staff number {number}, {unit}</source>
        <translation>为您服务的是{unit}{name}，工号 {number}</translation>
    </message>
    <message>
        <source>Clerk on duty</source>
        <translation>值守工作人员</translation>
    </message>
</context>
<context>
    <name>LunchSign</name>
    <message>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <source>Calling resumes at {time}</source>
        <translation>{time} 恢复叫号</translation>
    </message>
    <message>
        <source>Your number stays valid. For urgent matters, please go to a window on lunch duty.</source>
        <translation>您的号码继续有效。如有急事，请到午间值班窗口办理。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Call this ticket now</source>
        <translation>立即呼叫这个号</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭这条提示</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>原件及复印件</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>电子材料</translation>
    </message>
    <message>
        <source>{form}, {n} copies</source>
        <translation>{form}，{n} 份</translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>我已看完</translation>
    </message>
    <message>
        <source>Go on to rate the visit</source>
        <translation>接着评价本次服务</translation>
    </message>
    <message>
        <source>For {items}, please bring these {n} materials next time:</source>
        <translation>办理{items}，下次请带齐以下 {n} 项材料：</translation>
    </message>
    <message>
        <source>this matter</source>
        <translation>本事项</translation>
    </message>
    <message>
        <source>… and {n} more on the printed notice.</source>
        <translation>……另有 {n} 项，见打印的告知书。</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <source>Pause the window</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <source>Back in (minutes)</source>
        <translation>预计离开（分钟）</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>Longer than the hall&apos;s limit of {n} min: the window will count as unattended. Hand it over instead?</source>
        <translation>超过大厅规定的 {n} 分钟，窗口将按无人值守（空岗）预警。是否改为替岗？</translation>
    </message>
    <message>
        <source>A pause longer than {n} min alerts the managers: the window counts as unattended.</source>
        <translation>暂停超过 {n} 分钟将向管理人员预警：窗口按无人值守（空岗）计。</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Pause (F8)</source>
        <translation>暂停（F8）</translation>
    </message>
</context>
<context>
    <name>PauseSign</name>
    <message>
        <source>Service paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Expected back at {time}</source>
        <translation>预计 {time} 恢复服务</translation>
    </message>
    <message>
        <source>The clerk is {time} late. Please wait a moment, or ask the hall staff.</source>
        <translation>工作人员已超出预计时间 {time}，请稍候，或向大厅工作人员咨询。</translation>
    </message>
    <message>
        <source>For help now, please ask the hall staff or go to another window.</source>
        <translation>如需立即办理，请向大厅工作人员咨询或到其他窗口办理。</translation>
    </message>
    <message>
        <source>Back in about {n} min.</source>
        <translation>大约 {n} 分钟后恢复服务。</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Waiting for this window</source>
        <translation>本窗口可办理的等候人数</translation>
    </message>
    <message>
        <source>Next numbers</source>
        <translation>待叫号码</translation>
    </message>
    <message>
        <source>Help requests from the kiosks</source>
        <translation>自助终端求助</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} 人等候</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>约 {n} 分钟</translation>
    </message>
    <message>
        <source>longest {n} min</source>
        <translation>最久 {n} 分钟</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>无人等候。</translation>
    </message>
    <message>
        <source>sent to this window</source>
        <translation>转入本窗口</translation>
    </message>
    <message>
        <source>back after no-show</source>
        <translation>过号重排</translation>
    </message>
    <message>
        <source>{number} · waiting {n} min</source>
        <translation>{number} · 已等 {n} 分钟</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <translation>……还有 {n} 人</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>暂无求助。</translation>
    </message>
    <message>
        <source>{window} unattended: paused {n} min ({reason})</source>
        <translation>{window}无人值守：已暂停 {n} 分钟（{reason}）</translation>
    </message>
    <message>
        <source>Your pause has run past its expected end.</source>
        <translation>本窗口暂停已超过预计恢复时间。</translation>
    </message>
    <message>
        <source>Peak: many people waiting. Open more windows if you can.</source>
        <translation>高峰预警：等候人数较多，请尽量增开窗口。</translation>
    </message>
    <message>
        <source>Not connected to the central store yet.</source>
        <translation>尚未连接中心。</translation>
    </message>
    <message>
        <source>Offline: the queue is as of {n} min ago.</source>
        <translation>网络中断：排队信息为 {n} 分钟前的数据。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>step: {step}</source>
        <translation>步骤：{step}</translation>
    </message>
    <message>
        <source>{device}, {n} min ago</source>
        <translation>{device}，{n} 分钟前</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Mark this help request resolved</source>
        <translation>将这条求助标记为已解决</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>This window takes the help request</source>
        <translation>由本窗口接手这条求助</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Please choose at least one reason.</source>
        <translation>请至少选择一项原因。</translation>
    </message>
    <message>
        <source>Please enter a mobile number, or a landline with its area code.</source>
        <translation>请输入手机号码，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>Please rate this visit: {levels}.</source>
        <translation>请您对本次服务作出评价：{levels}。</translation>
    </message>
    <message>
        <source>How was our service?</source>
        <translation>请您对本次服务作出评价</translation>
    </message>
    <message>
        <source>Touch a face: one touch rates this visit.</source>
        <translation>点一下表情即可完成评价</translation>
    </message>
    <message>
        <source>Rate this visit as {level}</source>
        <translation>评价本次服务为“{level}”</translation>
    </message>
    <message>
        <source>Real-name rating: on</source>
        <translation>实名评价：开</translation>
    </message>
    <message>
        <source>Real-name rating: off</source>
        <translation>实名评价：关（匿名）</translation>
    </message>
    <message>
        <source>Leave a phone number so the hall can reply to you; otherwise the rating is anonymous.</source>
        <translation>留下电话号码，以便大厅回复您；否则为匿名评价。</translation>
    </message>
    <message>
        <source>{level}: what went wrong? Choose at least one.</source>
        <translation>{level}：请选择原因（至少一项，可多选）</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选</translation>
    </message>
    <message>
        <source>Reason for the rating, {state}</source>
        <translation>评价原因，{state}</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>其他意见（选填）</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>您的意见</translation>
    </message>
    <message>
        <source>Optional: say in your own words what went wrong.</source>
        <translation>选填：用您自己的话说说问题所在。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Choose another face</source>
        <translation>重新选择表情</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Send the rating with these reasons</source>
        <translation>提交评价和所选原因</translation>
    </message>
    <message>
        <source>Your phone number, so that we can reply</source>
        <translation>请留下电话号码，以便回复您</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚未输入）</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>{n} digits entered</source>
        <translation>已输入 {n} 位</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>清空号码</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <source>Digit {key}</source>
        <translation>数字 {key}</translation>
    </message>
    <message>
        <source>Go back without a number</source>
        <translation>不留号码，返回</translation>
    </message>
    <message>
        <source>Send the rating with this number</source>
        <translation>提交评价和电话号码</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>服务评价</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Staff number or PIN is wrong. {left} attempts left.</source>
        <translation>工号或密码错误，还可以尝试 {left} 次。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {staff} today. Ask the hall manager, or sign in tomorrow.</source>
        <translation>{staff} 今天密码错误次数过多，请联系大厅管理人员，或明天再登录。</translation>
    </message>
    <message>
        <source>{staff} is not in the hall&apos;s staff list.</source>
        <translation>{staff} 不在本大厅的人员名单中。</translation>
    </message>
    <message>
        <source>{staff} is on duty at another window: sign out there first.</source>
        <translation>{staff} 正在其他窗口值守，请先在那里退出。</translation>
    </message>
    <message>
        <source>{staff} is already on duty at this window.</source>
        <translation>{staff} 已在本窗口值守。</translation>
    </message>
    <message>
        <source>The clerk who did this is no longer on duty here.</source>
        <translation>操作的工作人员已不在本窗口值守。</translation>
    </message>
    <message>
        <source>This window is closed: sign in to open it.</source>
        <translation>本窗口未开放，请登录后开始服务。</translation>
    </message>
    <message>
        <source>This window is already open; sign in to take it over.</source>
        <translation>本窗口已开放，请登录接替。</translation>
    </message>
    <message>
        <source>The window is paused: resume before calling.</source>
        <translation>窗口正在暂停服务，请先恢复服务再叫号。</translation>
    </message>
    <message>
        <source>The window is not paused.</source>
        <translation>窗口没有暂停。</translation>
    </message>
    <message>
        <source>Finish, transfer or mark {number} as no-show first.</source>
        <translation>请先办结、转移 {number}，或将其过号。</translation>
    </message>
    <message>
        <source>The expected return must be later than now.</source>
        <translation>预计恢复时间必须晚于现在。</translation>
    </message>
    <message>
        <source>A pause is at most 4 hours; for longer, hand the window over.</source>
        <translation>暂停最长 4 小时；更长时间请安排替岗。</translation>
    </message>
    <message>
        <source>Choose why the window pauses.</source>
        <translation>请选择暂停原因。</translation>
    </message>
    <message>
        <source>The hall has no window {window}.</source>
        <translation>本大厅没有 {window} 号窗口。</translation>
    </message>
    <message>
        <source>No number is called at this window.</source>
        <translation>本窗口当前没有叫号。</translation>
    </message>
    <message>
        <source>Nobody is being served at this window.</source>
        <translation>本窗口当前没有正在办理的业务。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>目前没有人在等候本窗口。</translation>
    </message>
    <message>
        <source>{number} was already called to another window.</source>
        <translation>{number} 已被其他窗口叫走。</translation>
    </message>
    <message>
        <source>{number} is no longer waiting.</source>
        <translation>{number} 已不在等候中。</translation>
    </message>
    <message>
        <source>{number} was sent to another window.</source>
        <translation>{number} 已转到其他窗口。</translation>
    </message>
    <message>
        <source>This window does not serve {number}&apos;s category.</source>
        <translation>本窗口不办理 {number} 所属的业务类别。</translation>
    </message>
    <message>
        <source>{number} is from another day.</source>
        <translation>{number} 不是今天的号。</translation>
    </message>
    <message>
        <source>There is no ticket {number} today.</source>
        <translation>今天没有 {number} 号。</translation>
    </message>
    <message>
        <source>{number} is not a no-show: only a no-show goes back in line.</source>
        <translation>{number} 不是过号：只有过号的号码可以重新排队。</translation>
    </message>
    <message>
        <source>{number} is not at this window any more.</source>
        <translation>{number} 已不在本窗口。</translation>
    </message>
    <message>
        <source>Outside the hall&apos;s hours: no calling now.</source>
        <translation>不在办公时间，现在不能叫号。</translation>
    </message>
    <message>
        <source>Lunch break: this window has no lunch duty.</source>
        <translation>午休时间，本窗口不值班。</translation>
    </message>
    <message>
        <source>{number} was called the most times allowed: mark it as no-show.</source>
        <translation>{number} 已达到最多呼叫次数，请做过号处理。</translation>
    </message>
    <message>
        <source>The hall has no such category.</source>
        <translation>本大厅没有这个业务类别。</translation>
    </message>
    <message>
        <source>Choose the item(s) handled.</source>
        <translation>请选择所办理的事项。</translation>
    </message>
    <message>
        <source>At most 10 items per visit.</source>
        <translation>每次服务最多登记 10 个事项。</translation>
    </message>
    <message>
        <source>A promised case needs its promised date.</source>
        <translation>承诺件需要填写承诺办结日期。</translation>
    </message>
    <message>
        <source>The promised date is in the past.</source>
        <translation>承诺办结日期已过。</translation>
    </message>
    <message>
        <source>Tick at least one missing material.</source>
        <translation>请至少勾选一项所缺材料。</translation>
    </message>
    <message>
        <source>A case number has 6 to 40 letters, digits or dashes.</source>
        <translation>办件编号由 6 到 40 位字母、数字或短横线组成。</translation>
    </message>
    <message>
        <source>An item is not in the catalogue any more.</source>
        <translation>有事项已不在事项目录中。</translation>
    </message>
    <message>
        <source>The package is not in the catalogue any more.</source>
        <translation>该“一件事”已不在事项目录中。</translation>
    </message>
    <message>
        <source>There is no such case to add this visit to.</source>
        <translation>没有这个办件，无法关联本次服务。</translation>
    </message>
    <message>
        <source>That case is already completed.</source>
        <translation>该办件已办结。</translation>
    </message>
    <message>
        <source>This visit is no longer in progress here.</source>
        <translation>本次服务已不在本窗口办理中。</translation>
    </message>
    <message>
        <source>That visit is not known here.</source>
        <translation>本机没有这次服务的记录。</translation>
    </message>
    <message>
        <source>This visit has already been rated: one rating per visit.</source>
        <translation>本次服务已经评价过了，每次服务只能评价一次。</translation>
    </message>
    <message>
        <source>This visit is already recorded as not rated.</source>
        <translation>本次服务已记录为未评价。</translation>
    </message>
    <message>
        <source>This visit was recorded as not rated; it cannot be rated now.</source>
        <translation>本次服务已记录为未评价，现在不能再评价。</translation>
    </message>
    <message>
        <source>The visit is not finished yet.</source>
        <translation>本次服务尚未办结。</translation>
    </message>
    <message>
        <source>That reason is not on the hall&apos;s list.</source>
        <translation>该原因不在本大厅的评价原因列表中。</translation>
    </message>
    <message>
        <source>Please enter a mobile number, or a landline with its area code.</source>
        <translation>请输入手机号码，或带区号的固定电话。</translation>
    </message>
    <message>
        <source>Another window already took this help request.</source>
        <translation>其他窗口已接手这条求助。</translation>
    </message>
    <message>
        <source>This help request is already resolved.</source>
        <translation>这条求助已解决。</translation>
    </message>
    <message>
        <source>That help request is not known here.</source>
        <translation>本机没有这条求助的记录。</translation>
    </message>
    <message>
        <source>This device may not do that.</source>
        <translation>本设备无权进行此项操作。</translation>
    </message>
    <message>
        <source>This device belongs to another hall.</source>
        <translation>本设备属于其他大厅。</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>请检查 {field}。</translation>
    </message>
    <message>
        <source>Not done ({code}).</source>
        <translation>操作未完成（{code}）。</translation>
    </message>
</context>
<context>
    <name>RequeuePanel</name>
    <message>
        <source>Requeue a returning no-show</source>
        <translation>过号重排</translation>
    </message>
    <message>
        <source>The number goes to the end of its line.</source>
        <translation>该号码将排到队尾。</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A012</source>
        <translation>号码，例如 A012</translation>
    </message>
    <message>
        <source>No-shows at this window today</source>
        <translation>本窗口今天的过号</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Requeue (F7)</source>
        <translation>重新排队（F7）</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Enter your staff number.</source>
        <translation>请输入工号。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Hand over the window (stand-in)</source>
        <translation>替岗：接替本窗口</translation>
    </message>
    <message>
        <source>Take over the window</source>
        <translation>接替本窗口</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Your staff number</source>
        <translation>您的工号</translation>
    </message>
    <message>
        <source>Your PIN, 4 to 8 digits</source>
        <translation>您的密码，4 到 8 位数字</translation>
    </message>
    <message>
        <source>Keep the window as it is</source>
        <translation>保持窗口现状</translation>
    </message>
</context>
<context>
    <name>SingleScreen</name>
    <message>
        <source>Window client</source>
        <translation>窗口服务终端</translation>
    </message>
    <message>
        <source>Clerk console and citizen screen</source>
        <translation>窗口工作台和群众显示屏</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>(paused)</source>
        <translation>（暂停中）</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>（未开放）</translation>
    </message>
    <message>
        <source>Transfer {number}</source>
        <translation>转移 {number}</translation>
    </message>
    <message>
        <source>To the category</source>
        <translation>转到业务类别</translation>
    </message>
    <message>
        <source>To the window</source>
        <translation>转到窗口</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>For the next clerk (optional)</source>
        <translation>给接办工作人员的说明（选填）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Transfer (F6)</source>
        <translation>转移（F6）</translation>
    </message>
</context>
<context>
    <name>WindowWords</name>
    <message>
        <source>General window</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <source>Cross-province services</source>
        <translation>跨省通办窗口</translation>
    </message>
    <message>
        <source>In-province services</source>
        <translation>省内通办窗口</translation>
    </message>
    <message>
        <source>Assisted services</source>
        <translation>帮办代办窗口</translation>
    </message>
    <message>
        <source>Could-not-get-it-done desk</source>
        <translation>“办不成事”反映窗口</translation>
    </message>
    <message>
        <source>Window {n}</source>
        <translation>{n}号窗口</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Accepted, done by a promised date</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Enquiry only</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Stuck at self-service</source>
        <translation>自助办理遇到困难</translation>
    </message>
    <message>
        <source>Accessibility help</source>
        <translation>无障碍协助</translation>
    </message>
</context>
</TS>
