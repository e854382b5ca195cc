//! `<Pay>`: its `action` request and status callback.

use serde::{Deserialize, Serialize};

use super::{VoiceRequest, de};

string_enum! {
    /// `Result` of a `<Pay>` session.
    pub enum PayResult {
        /// The payment or tokenization succeeded.
        Success = "success",
        /// The caller failed too many times.
        TooManyFailedAttempts = "too-many-failed-attempts",
        /// The payment connector reported an error.
        PaymentConnectorError = "payment-connector-error",
        /// The caller pressed `*`.
        CallerInterruptedWithStar = "caller-interrupted-with-star",
        /// The caller hung up before the payment completed.
        CallerHungUp = "caller-hung-up",
        /// Input did not validate.
        ValidationError = "validation-error",
        /// SignalWire failed on its side; the caller may try again.
        InternalError = "internal-error",
    }
}

string_enum! {
    /// `For`: the stage a `<Pay>` status callback is about.
    pub enum PayFor {
        /// The caller is entering the card number.
        PaymentCardNumber = "payment-card-number",
        /// The caller is entering the expiration date.
        ExpirationDate = "expiration-date",
        /// The caller is entering the security code.
        SecurityCode = "security-code",
        /// The caller is entering the postal code.
        PostalCode = "postal-code",
        /// The caller is entering the bank routing number (ACH).
        BankRoutingNumber = "bank-routing-number",
        /// The caller is entering the bank account number (ACH).
        BankAccountNumber = "bank-account-number",
        /// The payment is being processed.
        PaymentProcessing = "payment-processing",
    }
}

string_enum! {
    /// `ErrorType` of a `<Pay>` status callback.
    pub enum PayErrorType {
        /// No input in time.
        InputTimeout = "input-timeout",
        /// The card number entered does not validate.
        InvalidCardNumber = "invalid-card-number",
        /// Card type not accepted.
        InvalidCardType = "invalid-card-type",
        /// The expiration date entered is malformed or past.
        InvalidDate = "invalid-date",
        /// The security code entered does not fit the card.
        InvalidSecurityCode = "invalid-security-code",
        /// The postal code entered is malformed.
        InvalidPostalCode = "invalid-postal-code",
        /// The bank routing number entered is malformed.
        InvalidBankRoutingNumber = "invalid-bank-routing-number",
        /// The bank account number entered is malformed.
        InvalidBankAccountNumber = "invalid-bank-account-number",
        /// Another session is in progress.
        SessionInProgress = "session-in-progress",
    }
}

/// The card details of a `<Pay>` request, as entered by the caller (numbers masked).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct PaymentCard {
    /// `PaymentCardNumber`: masked, last 4 visible.
    pub payment_card_number: Option<String>,
    /// `PaymentCardType`: the card brand, such as `visa`.
    pub payment_card_type: Option<String>,
    /// `PaymentCardPostalCode`: the postal code entered.
    pub payment_card_postal_code: Option<String>,
    /// `ExpirationDate`: MMYY.
    pub expiration_date: Option<String>,
    /// `SecurityCode`: masked.
    pub security_code: Option<String>,
    /// `PaymentMethod`: `credit-card` or `ach-debit`.
    pub payment_method: Option<String>,
}

/// `<Pay action>`: requested when the payment session ends; answer with cXML.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct PayAction {
    /// The standard voice parameters.
    #[serde(flatten)]
    pub call: VoiceRequest,
    /// `Result`: the outcome, such as `success` or `payment-connector-error`.
    pub result: Option<PayResult>,
    /// `PaymentConfirmationCode` (charges).
    pub payment_confirmation_code: Option<String>,
    /// `PaymentToken` (tokenization).
    pub payment_token: Option<String>,
    /// `ProfileId` (tokenization).
    pub profile_id: Option<String>,
    /// The (masked) card details entered so far.
    #[serde(flatten)]
    pub card: PaymentCard,
    /// `BankAccountNumber`: masked.
    pub bank_account_number: Option<String>,
    /// `BankRoutingNumber`: the bank routing number entered (ACH).
    pub bank_routing_number: Option<String>,
    /// `PaymentError`: the payment connector's error, when the payment failed.
    pub payment_error: Option<String>,
    /// `PayErrorCode`: the error code, when the payment failed.
    pub pay_error_code: Option<String>,
    /// `ConnectorError`: the connector's own error text.
    pub connector_error: Option<String>,
}

/// `<Pay statusCallback>`: progress of a payment session.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
#[non_exhaustive]
pub struct PayStatusCallback {
    /// `AccountSid`, when sent.
    pub account_sid: Option<String>,
    /// `CallSid`, when sent.
    pub call_sid: Option<String>,
    /// `Attempt`: the attempt at this stage, from 1.
    #[serde(default, deserialize_with = "de::number")]
    pub attempt: Option<u32>,
    /// `For`: the stage of the payment this callback is about.
    #[serde(rename = "For")]
    pub for_stage: Option<PayFor>,
    /// `ErrorType`: why the input was refused.
    pub error_type: Option<PayErrorType>,
    /// The (masked) card details entered so far.
    #[serde(flatten)]
    pub card: PaymentCard,
}
